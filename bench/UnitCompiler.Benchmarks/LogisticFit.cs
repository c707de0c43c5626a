using System.Collections.Immutable;
using UnitCompiler.Guidance;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Logistic regression by batch gradient descent, shared by the lexical bench (learned ranker, learned
/// general decision) and the semantic bench (learned fusion with the cosine), linked into both.
/// </summary>
internal static class LogisticFit
{
    /// <summary>The bias and one weight per feature fitting whether each row is positive, with an L2 penalty on the weights.</summary>
    public static ImmutableArray<double> Fit(List<(double[] Features, bool Y)> rows, double l2)
    {
        var w = new double[rows[0].Features.Length + 1];
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var gradient = new double[w.Length];
            foreach (var (x, y) in rows)
            {
                var error = LearnedRanker.Probability([.. w], x) - (y ? 1 : 0);
                gradient[0] += error;
                for (var i = 0; i < x.Length; i++)
                {
                    gradient[i + 1] += error * x[i];
                }
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= 2.0 * ((gradient[i] / rows.Count) + (i == 0 ? 0 : l2 * w[i]));
            }
        }

        return [.. w];
    }
}
