
/// Whether a computed value agrees with a stated one, as a reader takes the statement.
///
/// With p the stated precision (half a unit in the last stated digit) and v the stated value:
/// - exact: |c − v| ≤ p;
/// - about / approximately / roughly: |c − v| ≤ 2p (a full unit either side);
/// - nearly / almost: c on v's side of zero, |v| − max(p, 5% of |v|) ≤ |c| ≤ |v| ("nearly 2%" is 1.5%…2%);
/// - over / more than: |c| > |v| on v's side of zero; less than / under: |c| < |v|.
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
        }
    }

    /// Within 10% of the stated value (relative), on the same side of zero.
    static func isNear(_ computed: Double, stated: Double) -> Bool {
        abs(computed - stated) <= 0.1 * abs(stated) + noise
    }
}
