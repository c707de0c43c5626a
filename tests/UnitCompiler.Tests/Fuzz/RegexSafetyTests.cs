using System.Reflection;
using System.Text.RegularExpressions;
using UnitCompiler.Import;

namespace UnitCompiler.Tests.Fuzz;

/// <summary>
/// Users paste whatever an export gave them, so no pattern may backtrack without bound: each one is
/// non-backtracking (linear in the input) or has a match timeout.
/// </summary>
public class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(UnitImporter).Assembly;

    [Fact]
    public void EveryRegexOfTheLibraryIsNonBacktrackingOrTimeBound()
    {
        var regexes = LibraryRegexes().ToList();

        // The library has a source-generated pattern in each parser and lint rule; finding none would
        // mean this test stopped looking, not that the library is safe.
        Assert.True(regexes.Count >= 15, $"only {regexes.Count} regexes found by reflection");
        var unsafeOnes = regexes
            .Where(r => !r.Regex.Options.HasFlag(RegexOptions.NonBacktracking) && r.Regex.MatchTimeout == Regex.InfiniteMatchTimeout)
            .Select(r => $"{r.Name}: {r.Regex}")
            .ToList();
        Assert.True(unsafeOnes.Count == 0, "backtracking without a timeout:\n" + string.Join("\n", unsafeOnes));
    }

    /// <summary>Patterns built at run time from text are invisible to reflection: their call sites must say how they are bounded.</summary>
    [Fact]
    public void RegexesBuiltAtRunTimeAreNonBacktrackingOrTimeBound()
    {
        var src = Path.Combine(TestPaths.RepositoryRoot, "src");
        var call = new Regex(@"new Regex\(|Regex\.(?:Match|Matches|IsMatch|Replace|Split|Count|EnumerateMatches)\(", RegexOptions.NonBacktracking);
        var scanned = 0;
        var unsafeOnes = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            scanned++;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (call.IsMatch(lines[i]))
                {
                    if (!lines[i].Contains("NonBacktracking", StringComparison.Ordinal) && !lines[i].Contains("TimeSpan", StringComparison.Ordinal))
                    {
                        unsafeOnes.Add($"{Path.GetRelativePath(src, file)}({i + 1}): {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(scanned > 50, "few sources found: the scan is looking in the wrong place");
        Assert.True(unsafeOnes.Count == 0, "backtracking without a timeout:\n" + string.Join("\n", unsafeOnes));
    }

    /// <summary>
    /// Each input repeats, 200 KB long, the prefix one pattern would try at every position and then
    /// fail on: the assessment sentence's outcome list never reaching "are skill based", a metadata
    /// label never closed, outcome and criterion numbers never followed by text.
    /// </summary>
    [Theory]
    [InlineData("assessment", "Learning outcomes 1, 2 and 3 ")]
    [InlineData("metadata", "** ")]
    [InlineData("outcome", "<p>1 </p>\t<p>1.1 ")]
    [InlineData("indicative", "<b>AC1.1</b>\t")]
    [InlineData("tags", "<<p")]
    public void PathologicalInputImportsToAResult(string where, string repeated)
    {
        var filler = string.Concat(Enumerable.Repeat(repeated, 200 * 1024 / repeated.Length));
        var seed = ImportHelpers.SeedText;
        var text = where switch
        {
            "assessment" => seed.Replace("## Assessment Requirements\n", "## Assessment Requirements\n\n" + filler + "\n", StringComparison.Ordinal),
            "metadata" => seed.Replace("**Level:**", filler + "\n\n**Level:**", StringComparison.Ordinal),
            "outcome" => seed.Replace("\n## Assessment Requirements", filler + "\n\n## Assessment Requirements", StringComparison.Ordinal),
            "indicative" => seed + "\n" + filler + "\n",
            _ => seed.Replace("## Indicative Content\n", "## Indicative Content\n\n" + filler + "\n", StringComparison.Ordinal),
        };
        Assert.NotEqual(seed, text);

        var result = ImportHelpers.ImportText(text);

        // The pattern did not run away, and the filler did not cost the rest of the unit.
        Assert.NotNull(result.Unit);
        Assert.Equal(7, result.Unit.Outcomes.Length);
        Assert.Equal(["3", "5", "7"], result.Unit.Assessment.SkillOutcomes.ToArray());
    }

    private static IEnumerable<(string Name, Regex Regex)> LibraryRegexes()
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in Library.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(flags).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
            {
                if (field.GetValue(null) is Regex r)
                {
                    yield return ($"{type.FullName}.{field.Name}", r);
                }
            }

            foreach (var property in type.GetProperties(flags).Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(null) is Regex r)
                {
                    yield return ($"{type.FullName}.{property.Name}", r);
                }
            }

            // [GeneratedRegex] partial methods: the generator may cache the instance in a field of its own
            // class (found above) or, for options it does not compile, behind the method only.
            foreach (var method in type.GetMethods(flags).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.IsSpecialName))
            {
                if (method.Invoke(null, null) is Regex r)
                {
                    yield return ($"{type.FullName}.{method.Name}()", r);
                }
            }
        }
    }
}
