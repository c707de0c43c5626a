namespace UnitCompiler.Project;

/// <summary>What the build record holds of one spec: the hash of the bytes it was built from, and its documents as they were then.</summary>
internal sealed record BuildRecordEntry(UInt128 SpecHash, DocumentStamp[] Documents);
