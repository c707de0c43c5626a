namespace UnitCompiler.Exchange.Standards;

/// <summary>One knowledge, skill or behaviour of a standard: its code (K1, S1, B1: the array order people use), GUID and wording.</summary>
public sealed record Ksb(string Code, string Id, string Detail);
