using UnitCompiler.Project;

namespace UnitCompiler.Tests.Render;

/// <summary>
/// The build record is read and written in step with the build, a window of specs at a time
/// (<see cref="BuildManifest"/>). Random histories of edits, deletions, hand-edited documents,
/// whole and partial builds, at window sizes from one spec up, against a model of which specs the
/// record should vouch for: every build skips exactly the specs the model says are current, and the
/// record stays in order and names only specs that exist. The qualification among the units is
/// settled after them, so its entry is merged in behind the writer.
/// </summary>
public class BuildRecordMergeTests
{
    private const string Qualification = "610-4213-7.yaml";
    private static readonly string[] Extras = ["A-600-0001.yaml", "E-600-0002.yaml", "M-600-0003.yaml", "Z-600-0004.yaml"];
    private static readonly int[] Windows = [1, 2, 3, 5, 1000];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void EveryBuildSkipsWhatTheRecordShouldVouchFor(int seed)
    {
        var random = new Random(seed);
        var dir = TestFolders.Create("record-merge");
        var spec = Path.Combine(dir, "spec");
        Directory.CreateDirectory(spec);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "spec"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(spec, Path.GetFileName(file)));
        }

        var seedText = File.ReadAllText(Path.Combine(spec, "L-652-0848.yaml"));
        var contents = Extras.ToDictionary(e => e, e => seedText.Replace("ref: L/652/0848", "ref: " + Path.GetFileNameWithoutExtension(e).Replace('-', '/'), StringComparison.Ordinal));
        foreach (var (name, text) in contents)
        {
            File.WriteAllText(Path.Combine(spec, name), text);
        }

        // The model: whether the record vouches for each spec's current bytes and documents.
        var current = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Exists(string name) => File.Exists(Path.Combine(spec, name));
        string[] Specs() => [.. Directory.GetFiles(spec, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        string[] Units() => [.. Specs().Where(s => s != Qualification)];

        BuildResult Build(IReadOnlyList<string> inputs)
        {
            var result = BuildRunner.Run(new BuildOptions(inputs, Path.Combine(dir, "out"), null, BuildOptions.DefaultFormats, false, 2) { Window = Windows[random.Next(Windows.Length)] });
            Assert.Empty(result.Diagnostics);
            foreach (var gone in current.Keys.Where(k => !Exists(k)).ToList())
            {
                current[gone] = false; // dropped from the record by any build that saves it
            }

            AssertRecordInOrder(dir, spec, current);
            return result;
        }

        void BuildAll()
        {
            var expected = Specs().Count(s => current.GetValueOrDefault(s));
            var inputs = random.Next(3) == 0 ? new[] { spec, Path.Combine(spec, Specs()[random.Next(Specs().Length)]) } : [spec]; // a spec named twice is built once
            var result = Build(inputs);
            Assert.Equal((Units().Length, expected), (result.Units, result.Skipped));
            foreach (var s in Specs())
            {
                current[s] = true;
            }
        }

        BuildAll();
        for (var step = 0; step < 30; step++)
        {
            var extra = Extras[random.Next(Extras.Length)];
            switch (random.Next(6))
            {
                case 0 when Exists(extra):
                    contents[extra] += $"# edited at step {step}\n";
                    File.WriteAllText(Path.Combine(spec, extra), contents[extra]);
                    (current[extra], current[Qualification]) = (false, false); // the qualification's hash covers every unit spec
                    break;
                case 1 when Exists(extra):
                    File.Delete(Path.Combine(spec, extra));
                    current[Qualification] = false;
                    break;
                case 1:
                    File.WriteAllText(Path.Combine(spec, extra), contents[extra]); // back as it was: its entry counts if no build dropped it meanwhile
                    current[Qualification] = false;
                    break;
                case 2 when Directory.Exists(Path.Combine(dir, "out", Path.GetFileNameWithoutExtension(extra))):
                    File.AppendAllText(Path.Combine(dir, "out", Path.GetFileNameWithoutExtension(extra), "assessor-checklist.md"), "edited by hand\n");
                    current[extra] = false;
                    break;
                case 3:
                    var one = Units()[random.Next(Units().Length)];
                    var result = Build([Path.Combine(spec, one)]);
                    Assert.Equal((1, current.GetValueOrDefault(one) ? 1 : 0), (result.Units, result.Skipped));
                    current[one] = true;
                    break;
                default:
                    BuildAll();
                    break;
            }
        }

        BuildAll();
        BuildAll(); // everything current: all skipped
        Assert.Equal(Specs().Length, Build([spec]).Skipped);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "out"), "*.tmp"));
    }

    /// <summary>The record: specs in strictly ascending order, each one that exists, and every spec the model says is current among them.</summary>
    private static void AssertRecordInOrder(string dir, string spec, Dictionary<string, bool> current)
    {
        var recorded = File.ReadLines(Path.Combine(dir, "out", BuildManifest.FileName)).Where(l => l.StartsWith("spec\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[2]).ToList();
        Assert.Equal(recorded.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), recorded);
        Assert.All(recorded, r => Assert.True(File.Exists(r), r));
        foreach (var (name, _) in current.Where(c => c.Value))
        {
            Assert.Contains(Path.GetFullPath(Path.Combine(spec, name)), recorded);
        }
    }
}
