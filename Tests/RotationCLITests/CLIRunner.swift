import Foundation

/// Runs the built `rotation` binary (it sits beside the test bundle in the build folder).
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (…/Tests/RotationCLITests/CLIRunner.swift → three levels up).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the package root.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static let binary: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // On Linux the test bundle is an executable in the build folder; on macOS it is a bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rotation").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("rotation")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/rotation")
    }()

    /// A fresh temporary directory for one test's store and files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ROTATION_DB")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Parses stdout as a JSON object.
    static func json(_ outcome: Outcome) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        guard let dictionary = object as? [String: Any] else { throw CocoaError(.coderInvalidValue) }
        return dictionary
    }
}
