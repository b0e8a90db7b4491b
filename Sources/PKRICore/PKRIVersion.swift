/// The version of pkri, in one place: `pkri --version` prints it.
public enum PKRIVersion {
    public static let current = "0.9.0"
}
