import ArgumentParser
import Foundation
import Logging
import RotationApp
import RotationServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard and the JSON API (GET /api/<command>, /openapi.json).",
        discussion: """
            Binds to loopback by default. Read-only unless started with a write token (--write-token or \
            $ROTATION_WRITE_TOKEN), which enables POST /api/import with Authorization: Bearer TOKEN. \
            File arguments (members, prices, holdings, FILE.csv symbols) are refused unless --files names \
            the folder they may come from. Logs one line per request on stderr; stops gracefully on SIGINT or SIGTERM. \
            See docs/SERVER.md.
            """)

    @Option(help: "Address to bind (127.0.0.1 keeps the server private to this machine).") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: ArgumentHelp(
        "Store to use: a path or sqlite:PATH (SQLite) or postgres://user:pass@host:port/db.", discussion: "Default: $ROTATION_DB, else $XDG_DATA_HOME/rotation/rotation.sqlite.",
        valueName: "URL")) var db: String?
    @Option(help: ArgumentHelp("Enable POST /api/import, guarded by this bearer token (default $ROTATION_WRITE_TOKEN).", valueName: "T"))
    var writeToken: String?
    @Option(help: ArgumentHelp("Folder that API file arguments are read from (default: none; files refused).", valueName: "DIR"))
    var files: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var filesRoot: String?
        if let files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: files, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Failure(.missingInput, "\(files): no such directory")
            }
            filesRoot = URL(fileURLWithPath: files).standardizedFileURL.path
        }
        let level = Logger.Level(rawValue: environment["ROTATION_LOG"] ?? "") ?? .info
        let configuration = ServerConfiguration(
            host: host, port: port, store: StoreLocation.resolve(argument: db),
            writeToken: writeToken ?? environment["ROTATION_WRITE_TOKEN"], filesRoot: filesRoot, logLevel: level)
        Output.note("rotation serve: http://\(host):\(port)/ (store \(configuration.store))")
        try await runServer(configuration, version: RotationVersion.string)
    }
}
