
/// Whether a computed value agrees with a stated one, as a reader takes the statement.
///
/// With p the stated precision (half a unit in the last stated digit) and v the stated value:
/// - exact: |c − v| ≤ p;
/// - about / approximately / roughly: |c − v| ≤ 2p (a full unit either side);
/// - nearly / almost: c on v's side of zero, |v| − max(p, 5% of |v|) ≤ |c| ≤ |v| ("nearly 2%" is 1.5%…2%);
/// - over / more than: |c| > |v| on v's side of zero; less than / under: |c| < |v|;
/// - within / at most: |c| ≤ |v| + p (the bound as rounded).
/// A tolerance of 1e−9 absorbs floating-point noise.
enum ClaimAgreement {
    static let noise = 1e-9

    static func agrees(_ computed: Double, stated: Double, precision: Double, qualifier: Qualifier) -> Bool {
        let sameSide = stated == 0 || computed == 0 || (computed > 0) == (stated > 0)
        switch qualifier {
        case .exact: return abs(computed - stated) <= precision + noise
        case .about: return abs(computed - stated) <= 2 * precision + noise
        case .nearly:
            return sameSide && abs(computed) <= abs(stated) + noise
                && abs(computed) >= abs(stated) - max(precision, 0.05 * abs(stated)) - noise
        case .over: return sameSide && abs(computed) > abs(stated) - noise
        case .under: return sameSide && abs(computed) < abs(stated) + noise
        case .atMost: return sameSide && abs(computed) <= abs(stated) + precision + noise
        }
    }

    /// Near the stated value, as a preliminary or revised figure would be: a level within 0.05% of
    /// it (a few index points), a return within one unit of its last stated digit ("1.7%" for
    /// 1.77%), a points change within 1% of it; counts (streaks) and multiples are never near.
    static func isNear(_ computed: Double, stated: Double, precision: Double, kind: ClaimKind) -> Bool {
        let sameSide = stated == 0 || computed == 0 || (computed > 0) == (stated > 0)
        switch kind {
        case .level, .recordClose, .intradayHigh, .intradayLow:
            return abs(computed - stated) <= max(2.5 * precision, 0.0005 * abs(stated)) + noise
        case .return, .relative, .fromRecord:
            return sameSide && abs(computed - stated) <= 2 * precision + noise
        case .points:
            return sameSide && abs(computed - stated) <= max(5 * precision, 0.01 * abs(stated)) + noise
        case .streak, .coMovement, .breadth, .valuation, .shortInterest:
            return false
        }
    }
}
