namespace UnitCompiler.IO;

/// <summary>What an <see cref="IOException"/> means, where the message alone does not say it the same way on every platform.</summary>
public static class IOErrors
{
    /// <summary>
    /// Another process holds the file: on Windows a sharing or lock violation (a document open in
    /// Word or Excel), on Unix a lock taken with FileShare.None (flock) that would block.
    /// </summary>
    public static bool IsHeldByAnotherProcess(IOException e)
    {
        const int SharingViolation = unchecked((int)0x80070020);
        const int LockViolation = unchecked((int)0x80070021);
        return e.HResult is SharingViolation or LockViolation
            || (!OperatingSystem.IsWindows() && e.HResult == (OperatingSystem.IsLinux() ? 11 : 35)); // EWOULDBLOCK
    }
}
