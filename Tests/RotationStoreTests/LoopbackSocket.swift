#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loopback sockets that stand in for a server that is down or hangs.
enum LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A port on 127.0.0.1 that nothing listens on: bound to a free port, then closed.
    static func closedPort() throws -> Int {
        let (descriptor, port) = try bound()
        close(descriptor)
        return port
    }

    /// A socket listening on 127.0.0.1 whose connections the kernel accepts but nobody ever
    /// answers: a server that hangs. Close the descriptor when done.
    static func silentListener() throws -> (descriptor: Int32, port: Int) {
        let (descriptor, port) = try bound()
        guard listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw Failure(description: "listen failed")
        }
        return (descriptor, port)
    }

    private static func bound() throws -> (Int32, Int) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard result else {
            close(descriptor)
            throw Failure(description: "bind failed")
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
