using System.Text;
using System.Text.Json;

namespace UnitCompiler.Changes.Output;

/// <summary>
/// Changes as JSON, in the shape docs/diff.schema.json describes (a test validates the output
/// against it). Written with <see cref="Utf8JsonWriter"/>, as every unitc JSON is: no reflection, so the binary stays AOT-clean.
/// </summary>
public static class ChangeJsonWriter
{
    /// <summary>The format's version, the document's <c>format</c>; a new key is not a new version, a renamed one is.</summary>
    public const int FormatVersion = 1;

    public static string Write(ChangeSet set)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("format", FormatVersion);
            w.WriteBoolean("material", set.HasMaterial);
            w.WriteStartObject("counts");
            w.WriteNumber("material", set.Material);
            w.WriteNumber("editorial", set.Editorial);
            w.WriteEndObject();
            w.WriteStartArray("changes");
            foreach (var change in set.Changes)
            {
                w.WriteStartObject();
                w.WriteString("kind", ChangeKinds.Name(change.Kind));
                w.WriteString("class", ChangeKinds.ClassName(change.Class));
                w.WriteString("scope", change.Scope == ChangeScope.Unit ? "unit" : "qualification");
                w.WriteString("owner", change.Owner);
                Optional(w, "subject", change.Subject);
                w.WriteString("summary", change.Summary);
                Optional(w, "old_id", change.OldId);
                Optional(w, "new_id", change.NewId);
                Optional(w, "before", change.Before);
                Optional(w, "after", change.After);
                Optional(w, "editorial_reason", change.EditorialReason);
                if (!change.Words.IsEmpty)
                {
                    w.WriteStartArray("words");
                    foreach (var word in change.Words)
                    {
                        w.WriteStartObject();
                        w.WriteString("op", word.Op switch { WordOp.Delete => "delete", WordOp.Insert => "insert", _ => "equal" });
                        w.WriteString("text", word.Text);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
