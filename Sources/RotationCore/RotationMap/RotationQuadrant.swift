/// Where a point of the rotation map lies around the centre (100, 100).
///
/// ratio ≥ 100 and momentum ≥ 100: leading; ratio ≥ 100 and momentum < 100: weakening;
/// ratio < 100 and momentum < 100: lagging; ratio < 100 and momentum ≥ 100: improving.
/// A value of exactly 100 counts as the upper side.
public enum RotationQuadrant: String, Sendable, Codable, CaseIterable {
    case leading, weakening, lagging, improving

    /// The quadrant of (`ratio`, `momentum`).
    public init(ratio: Double, momentum: Double) {
        switch (ratio >= 100, momentum >= 100) {
        case (true, true): self = .leading
        case (true, false): self = .weakening
        case (false, false): self = .lagging
        case (false, true): self = .improving
        }
    }
}
