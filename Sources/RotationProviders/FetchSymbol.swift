/// One symbol argument of `rotation fetch`: the source's spelling, optionally with the name to
/// store it under after `=` (`^rut=RUT2`, `DGS10=TEN_YEAR`).
public struct FetchSymbol: Sendable, Equatable {
    /// The symbol as the source spells it.
    public var symbol: String
    /// The name to store under, when the user chose one.
    public var storedName: String?

    public init(symbol: String, storedName: String? = nil) {
        self.symbol = symbol
        self.storedName = storedName
    }

    /// `SYMBOL` or `SYMBOL=NAME` (split at the last `=`; an empty name is no name).
    public init(argument: String) {
        if let equals = argument.lastIndex(of: "="), equals != argument.startIndex {
            symbol = String(argument[..<equals])
            let name = String(argument[argument.index(after: equals)...])
            storedName = name.isEmpty ? nil : name.uppercased()
        } else {
            symbol = argument
            storedName = nil
        }
    }
}
