import Foundation
import RotationCore
import RotationData

/// The bundled sample: the only data the project ships (from `../shared/data/bundle/`).
public enum SampleData {
    /// Where the sample comes from, for the brief's notes and the README.
    public static let provenance = "S&P 500 (GSPC) and Nasdaq Composite (IXIC) daily 1999-01-04..2018-12-31 "
        + "and Fama–French 3 factors monthly 1926-07..2018-11, from the PyPI package arch 8.0.0 "
        + "(Yahoo Finance index history and Kenneth R. French's data library)."

    /// The sample CSV files shipped as resources.
    public static func files() throws -> [String] {
        guard let folder = Bundle.module.url(forResource: "Sample", withExtension: nil) else {
            throw Failure(.internal, "the bundled sample is missing from this build")
        }
        return ["GSPC.csv", "IXIC.csv", "ff3_monthly.csv"].map { folder.appendingPathComponent($0).path }
    }

    /// Imports the sample into a store in one transaction.
    public static func load(into store: any Store) async throws -> [ImportReport] {
        var items: [ImportItem] = []
        for file in try files() {
            items += try InputFiles.load(path: file)
        }
        return try await store.importBatch(items)
    }
}
