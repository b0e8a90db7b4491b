import Foundation

/// A certificate authority and a server certificate for `localhost` (only:
/// reached as 127.0.0.1 the name does not match) signed by it, plus a
/// second authority that signed nothing: what tests of `verify-ca` and
/// `verify-full` need. Made with the `openssl` tool.
public struct TestCertificates: Sendable {
    /// PEM of the authority that signed the server's certificate.
    public let authority: String
    /// PEM of an authority that did not.
    public let otherAuthority: String
    let serverCertificate: String
    let serverKey: String

    static func make(in folder: String) throws -> TestCertificates {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for name in ["ca", "other-ca"] {
            try Shell.run(["openssl", "req", "-x509"] + ec + ["-days", "2", "-subj", "/CN=pkri test \(name)",
                           "-keyout", "\(folder)/\(name).key", "-out", "\(folder)/\(name).crt"])
        }
        try Shell.run(["openssl", "req"] + ec + ["-subj", "/CN=localhost", "-keyout", "\(folder)/server.key",
                       "-out", "\(folder)/server.csr"])
        try "subjectAltName=DNS:localhost\n".write(toFile: "\(folder)/san.ext", atomically: true, encoding: .utf8)
        try Shell.run(["openssl", "x509", "-req", "-in", "\(folder)/server.csr", "-CA", "\(folder)/ca.crt",
                       "-CAkey", "\(folder)/ca.key", "-CAcreateserial", "-days", "2", "-extfile", "\(folder)/san.ext",
                       "-out", "\(folder)/server.crt"])
        return TestCertificates(authority: "\(folder)/ca.crt", otherAuthority: "\(folder)/other-ca.crt",
                                serverCertificate: "\(folder)/server.crt", serverKey: "\(folder)/server.key")
    }
}
