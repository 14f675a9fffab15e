import RotationCore
import RotationData
import RotationSQLite
/// Use cases: Codable request in, Codable result out.
public enum RotationApp {}
