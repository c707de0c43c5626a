namespace UnitCompiler.Project;

/// <summary>
/// A document as the build record last saw it: its size and last-write time, and its path under the
/// output folder as the folder part (with its closing separator; empty at the root) and the file name.
/// </summary>
internal readonly record struct DocumentStamp(string Folder, string Name, long Length, long LastWriteTicks);
