import PostgresNIO
import RotationCore
import RotationData

/// Streams a batch's rows to the server in bulk: two temporary tables (dropped at commit or
/// rollback) filled by `COPY … FROM STDIN` in text format, one row per incoming bar or value,
/// tagged with the item's position in the batch.
///
/// Days travel as ISO `YYYY-MM-DD` text, which `DATE` reads the same under every `DateStyle`;
/// numbers as their shortest round-trip text, which `NUMERIC` keeps exactly (see `CopyText`).
enum PostgresStaging {
    /// Bytes gathered before each write to the server.
    static let chunkSize = 1 << 20

    /// True when the item is stored as bars (prices, including a close-only price series).
    static func isBars(_ payload: LoadedSeries) -> Bool {
        switch payload {
        case .bars: true
        case .series(let series): series.kind == .price
        }
    }

    /// Creates the staging tables and copies every item's rows into them.
    static func stage(_ items: [ImportItem], connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            CREATE TEMPORARY TABLE incoming_bar (
                item INTEGER NOT NULL, day DATE NOT NULL,
                open NUMERIC, high NUMERIC, low NUMERIC, close NUMERIC, adj_close NUMERIC, volume NUMERIC,
                PRIMARY KEY (item, day)
            ) ON COMMIT DROP
            """, logger: logger)
        try await connection.query("""
            CREATE TEMPORARY TABLE incoming_value (
                item INTEGER NOT NULL, day DATE NOT NULL, value NUMERIC NOT NULL,
                PRIMARY KEY (item, day)
            ) ON COMMIT DROP
            """, logger: logger)
        let bars = items.indices.filter { isBars(items[$0].payload) && items[$0].payload.count > 0 }
        let values = items.indices.filter { !isBars(items[$0].payload) && items[$0].payload.count > 0 }
        if !bars.isEmpty {
            try await connection.copyFrom(table: "incoming_bar",
                                          columns: ["item", "day", "open", "high", "low", "close", "adj_close", "volume"],
                                          logger: logger) { writer in
                var buffer = ByteBuffer()
                buffer.reserveCapacity(chunkSize + 4096)
                for index in bars {
                    let rows = barRows(items[index].payload)
                    let prefix = "\(index)\t"
                    for row in 0..<rows.days.count {
                        buffer.writeString(prefix)
                        buffer.writeString(rows.days[row].description)
                        for column in rows.columns {
                            buffer.writeInteger(UInt8(ascii: "\t"))
                            buffer.writeString(CopyText.field(column[row]))
                        }
                        buffer.writeInteger(UInt8(ascii: "\n"))
                        if buffer.readableBytes >= chunkSize {
                            try await writer.write(buffer)
                            buffer.clear()
                        }
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
            try await connection.query("ANALYZE incoming_bar", logger: logger)
        }
        if !values.isEmpty {
            try await connection.copyFrom(table: "incoming_value", columns: ["item", "day", "value"],
                                          logger: logger) { writer in
                var buffer = ByteBuffer()
                buffer.reserveCapacity(chunkSize + 4096)
                for index in values {
                    guard case .series(let series) = items[index].payload else { continue }
                    let prefix = "\(index)\t"
                    for row in 0..<series.count {
                        buffer.writeString(prefix)
                        buffer.writeString(series.days[row].description)
                        buffer.writeInteger(UInt8(ascii: "\t"))
                        buffer.writeString(CopyText.field(series.values[row]))
                        buffer.writeInteger(UInt8(ascii: "\n"))
                        if buffer.readableBytes >= chunkSize {
                            try await writer.write(buffer)
                            buffer.clear()
                        }
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
            try await connection.query("ANALYZE incoming_value", logger: logger)
        }
    }

    /// The days and the six bar columns (open, high, low, close, adj_close, volume) of a bars
    /// item; a price series becomes bars holding only the close.
    static func barRows(_ payload: LoadedSeries) -> (days: [TradingDay], columns: [[Double]]) {
        switch payload {
        case .bars(let bars):
            return (bars.days, [bars.open, bars.high, bars.low, bars.close, bars.adjClose, bars.volume])
        case .series(let series):
            let missing = [Double](repeating: .nan, count: series.count)
            return (series.days, [missing, missing, missing, series.values, missing, missing])
        }
    }
}
