using System.Runtime.InteropServices;

namespace PerformancePlan.Generator.Pipeline.Releases;

/// <summary>
/// Puts an unchanged file of the previous release into the new one without writing its bytes: a
/// hard link (both releases share the one copy on disk), or a copy where the file system cannot
/// link (another volume, no hard-link support).
/// </summary>
internal static partial class FileLinks
{
    /// <summary>True when linked, false when copied.</summary>
    public static bool LinkOrCopy(string source, string destination)
    {
        if (TryHardLink(source, destination))
        {
            return true;
        }

        File.Copy(source, destination, overwrite: false);
        return false;
    }

    private static bool TryHardLink(string source, string destination)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(destination, source, IntPtr.Zero)
                : link(source, destination) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int link(string oldpath, string newpath);

    [LibraryImport("kernel32.dll", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string fileName, string existingFileName, IntPtr securityAttributes);
}
