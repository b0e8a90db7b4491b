import Foundation

/// A throwaway PostgreSQL cluster for this test process: initdb in a
/// temporary folder (as the `postgres` user when running as root, since
/// initdb refuses root), a free port on 127.0.0.1, settings for speed over
/// durability, TLS offered with a certificate of a test authority, stopped
/// (`-m immediate`) and removed when the process exits.
enum Cluster {
    nonisolated(unsafe) private static var folder: String?
    nonisolated(unsafe) private static var binaries: String?

    static func start(binaries bin: String) throws -> Server {
        let folder = NSTemporaryDirectory() + "pkri-pg-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The postgres user must reach the data folder inside.
        chmod(folder, 0o755)
        let data = folder + "/data"
        let asRoot = geteuid() == 0
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        if asRoot { try Shell.run(["chown", "postgres:postgres", data]) }
        let user = asRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        try Shell.run(user + ["\(bin)/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                              "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=id-ID"])
        Self.folder = folder
        Self.binaries = bin
        atexit { Cluster.stop() }
        let certificates = try TestCertificates.make(in: folder + "/tls")
        // The server reads its key only when the key is its own and private.
        for (from, to) in [(certificates.serverCertificate, "server.crt"), (certificates.serverKey, "server.key")] {
            try FileManager.default.copyItem(atPath: from, toPath: "\(data)/\(to)")
            chmod("\(data)/\(to)", 0o600)
            if asRoot { try Shell.run(["chown", "postgres:postgres", "\(data)/\(to)"]) }
        }
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = try FreePort.find()
            let options = "-p \(port) -k \(data) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                + "-c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB "
                + "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
            do {
                try Shell.run(user + ["\(bin)/pg_ctl", "-D", data, "-o", options, "-l", "\(data)/server.log", "-w", "-t", "60", "start"])
                return Server(base: "postgresql://postgres@127.0.0.1:\(port)", query: "?sslmode=disable",
                              maintenanceDatabase: "postgres", binaries: bin, port: port, certificates: certificates)
            } catch {
                lastError = error   // most likely the port was taken meanwhile: try another
            }
        }
        let log = (try? String(contentsOfFile: "\(data)/server.log", encoding: .utf8)) ?? ""
        throw TestSupportError("could not start PostgreSQL: \(lastError.map { "\($0)" } ?? "")\n\(log)")
    }

    static func stop() {
        guard let folder, let binaries else { return }
        let user = geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        _ = try? Shell.run(user + ["\(binaries)/pg_ctl", "-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }
}

enum FreePort {
    /// A port on 127.0.0.1 that nothing listens on now (the kernel's choice).
    static func find() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestSupportError("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw TestSupportError("bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
