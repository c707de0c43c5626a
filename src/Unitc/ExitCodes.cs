namespace Unitc;

/// <summary>0: success; 1: the inputs have errors (or --check found stale files); 2: wrong usage or the tool could not run.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
