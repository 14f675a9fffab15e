import RotationBacktest
import RotationCore
import RotationData

/// `rotation events --dates FILE|LIST A [B]`.
public struct EventsRequest: Sendable {
    public var a: String
    public var b: String?
    public var dates: EventDates
    /// `excess` (default) or `logRelative` with B; ignored without B (`level`).
    public var measure: EventMeasure
    public var parameters: EventStudyParameters
    public var basis: PriceBasis
    /// Read `SYMBOL.csv` from this directory instead of the store (symbols only).
    public var pricesDirectory: String?

    public init(a: String, b: String? = nil, dates: EventDates, measure: EventMeasure = .excess,
                parameters: EventStudyParameters = EventStudyParameters(), basis: PriceBasis = .price,
                pricesDirectory: String? = nil) {
        self.a = a
        self.b = b
        self.dates = dates
        self.measure = measure
        self.parameters = parameters
        self.basis = basis
        self.pricesDirectory = pricesDirectory
    }

    /// The checks of an event study's options, as `rotation events` and `GET /api/events` both
    /// apply them before building its parameters (whose initialiser traps on such values):
    /// throws a usage `Failure` naming the options.
    public static func validate(before: Int, after: Int, bootstrap: Int, placebo: Int, confidence: Double,
                                measure: EventMeasure, hasB: Bool) throws {
        guard before >= 0, after >= 1 else { throw Failure(.usage, "--before must be ≥ 0 and --after ≥ 1") }
        guard bootstrap >= 0, placebo >= 0 else { throw Failure(.usage, "--bootstrap and --placebo must be ≥ 0") }
        guard confidence > 0, confidence < 1 else { throw Failure(.usage, "--confidence must lie strictly between 0 and 1") }
        guard measure != .level || !hasB else { throw Failure(.usage, "--measure level takes no B; use excess or log_relative") }
    }
}

/// The `rotation events` JSON document: the core report plus `a`, `b`, `basis`, the dates'
/// source, and the first and last common day of the line.
public struct EventsReport: Sendable, Encodable {
    public var a: String
    public var b: String?
    public var basis: PriceBasis
    public var datesSource: String
    public var firstDate: TradingDay?
    public var lastDate: TradingDay?
    public var study: EventStudyReport

    enum CodingKeys: String, CodingKey {
        case a, b, basis
        case datesSource = "dates_source", firstDate = "first_date", lastDate = "last_date"
    }

    public func encode(to encoder: any Encoder) throws {
        try study.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(basis, forKey: .basis)
        try c.encode(datesSource, forKey: .datesSource)
        try c.encode(firstDate, forKey: .firstDate)
        try c.encode(lastDate, forKey: .lastDate)
    }
}

extension RotationService {
    /// Loads A (and B), builds the event line on their common days and runs the event study.
    public func events(_ request: EventsRequest) async throws -> EventsReport {
        let (nameA, daysA, closesA) = try await priceColumn(resolved(request.a, request.pricesDirectory), basis: request.basis)
        let line: EventLine
        var nameB: String?
        if let b = request.b {
            let (name, daysB, closesB) = try await priceColumn(resolved(b, request.pricesDirectory), basis: request.basis)
            nameB = name
            let axis = DayAxis([(daysA, closesA), (daysB, closesB)])
            let measure = request.measure == .level ? .excess : request.measure
            line = EventLine(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1], measure: measure)
        } else {
            line = EventLine(days: daysA, closes: closesA)
        }
        guard line.days.count >= 2 else {
            throw DataError(.emptyWindow, "\(nameA)\(nameB.map { "/\($0)" } ?? ""): fewer than two common days with prices")
        }
        let study = eventStudy(line, eventDates: request.dates.dates, parameters: request.parameters)
        return EventsReport(a: nameA, b: nameB, basis: request.basis, datesSource: request.dates.source,
                            firstDate: line.days.first, lastDate: line.days.last, study: study)
    }

    /// `DIR/SYMBOL.csv` when a prices directory is given and the argument is a symbol.
    func resolved(_ symbol: String, _ directory: String?) -> String {
        guard let directory, !InputFiles.isFileReference(symbol) else { return symbol }
        return directory + "/" + symbol.uppercased() + ".csv"
    }
}
