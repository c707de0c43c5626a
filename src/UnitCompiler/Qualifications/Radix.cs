namespace UnitCompiler.Qualifications;

/// <summary>A tuple of small counts, each from 0 to its cap, packed into one array index.</summary>
internal sealed class Radix(int[] caps)
{
    public int[] Caps { get; } = caps;

    public int Count { get; } = caps.Aggregate(1, (n, cap) => checked(n * (cap + 1)));

    public int Encode(int[] digits)
    {
        var index = 0;
        for (var d = Caps.Length - 1; d >= 0; d--)
        {
            index = index * (Caps[d] + 1) + digits[d];
        }

        return index;
    }

    public void Decode(int index, int[] digits)
    {
        for (var d = 0; d < Caps.Length; d++)
        {
            digits[d] = index % (Caps[d] + 1);
            index /= Caps[d] + 1;
        }
    }

    /// <summary>Brings each digit down to its cap; false when a <paramref name="bounded"/> digit is over it (that choice breaks a maximum).</summary>
    public bool Clamp(int[] digits, bool[]? bounded)
    {
        for (var d = 0; d < Caps.Length; d++)
        {
            if (digits[d] > Caps[d])
            {
                if (bounded is not null && bounded[d])
                {
                    return false;
                }

                digits[d] = Caps[d];
            }
        }

        return true;
    }
}
