using IncidentLang.Formatting;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// The fuzzing invariants (<see cref="PipelineInvariants"/>, docs/reliability.md "Fuzzing") on the seed corpus
/// of fuzz/run.sh and on every input the fuzzer found a bug with: the tree prints back the text, every
/// diagnostic span lies inside the file, no internal error, the emitted JSON and STIX are JSON, formatting
/// keeps the diagnostic IDs, is stable, and keeps a clean file clean.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Findings => Path.Combine(TestPaths.Root, "tests", "IncidentLang.Tests", "Reliability", "Findings");

    public static TheoryData<string> SeedCorpus()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "tests", "examples", Path.Combine("fuzz", "seeds") })
        {
            var root = Path.Combine(TestPaths.Root, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // As fuzz/corpus.sh: build outputs and npm packages are not inputs.
                var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
                if (parts.Any(part => part is "bin" or "obj" or "node_modules"))
                {
                    continue;
                }

                data.Add(Path.GetRelativePath(TestPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedCorpus))]
    public void Every_seed_input_holds_every_pipeline_invariant(string relativePath) =>
        PipelineInvariants.Check(File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)));

    // ---- findings (docs/reliability.md, "Fuzzing", "Findings")

    /// <summary>
    /// Finding 1 (structured mode, 2026-12-01): a block comment at the start of a line, followed on that line by a
    /// declaration, was written on a line of its own, which moved the declaration one line down, away from a
    /// <c>// inc-disable-next-line</c> comment before it: formatting un-suppressed INC2003 and added INC2099.
    /// </summary>
    [Fact]
    public void Finding_1_a_block_comment_before_a_declaration_keeps_the_declaration_on_its_line()
    {
        const string text = """
            incident a {
              title: "T"
              reported: 2024-11-15
              // inc-disable-next-line INC2003
              /* note */ tool t {
                name: "N"
              }
            }

            """;

        PipelineInvariants.Check(text);
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse(text));
        Assert.Contains("\n  /* note */ tool t {\n", formatted, StringComparison.Ordinal);
    }

    /// <summary>Finding 1, as the fuzzer wrote it (two properties given twice, no summary).</summary>
    [Fact]
    public void Finding_1_as_found()
    {
        PipelineInvariants.Check("""
            incident a {
              // inc-disable-next-line INC2003
              /* block */   tool tool-1 {
                name: "198.51.100.7"
              }
              title: "198.51.100.7"
              title: "198.51.100.7"
            }

            """);
    }

    /// <summary>Finding 1: comments that share a line with each other stay on it; a line comment still ends it.</summary>
    [Fact]
    public void Finding_1_block_comments_and_a_line_comment_on_one_line_stay_on_it()
    {
        const string text = "incident a {\n  title: \"T\"\n  /* a */   /* b */ // c\n  reported: 2024-11-15\n  /* d */ /* e */ summary: \"S\"\n}\n";

        PipelineInvariants.Check(text);
        Assert.Equal(
            "incident a {\n  title: \"T\"\n  /* a */ /* b */ // c\n  reported: 2024-11-15\n  /* d */ /* e */ summary: \"S\"\n}\n",
            SyntaxFormatter.Format(SyntaxTree.Parse(text)));
    }

    /// <summary>
    /// Finding 2 (byte-level mode, on the merged code of 2026-12-01 17:44): a line comment on its own line between a
    /// property's ':' and its list value made the list multi-line (the comment was the '['s leading trivia), with two
    /// spaces before the comment; formatting that again put the list on one line, since the comment now followed the
    /// ':'. Formatting was not stable.
    /// </summary>
    [Fact]
    public void Finding_2_a_comment_before_a_list_does_not_make_it_multi_line()
    {
        const string text = "incident a {\n  tags:\n  // c\n  [\"a\", \"b\"]\n}\n";

        PipelineInvariants.Check(text);
        Assert.Equal("incident a {\n  tags: // c\n    [\"a\", \"b\"]\n}\n", SyntaxFormatter.Format(SyntaxTree.Parse(text)));
    }

    /// <summary>
    /// Finding 3 (session 9, invariant 1d): in a file with syntax errors, an edit re-parsed as its members alone lost a diagnostic
    /// a full parse reports (<c>tags: [ "Not close"d</c>: the unclosed list's recovery runs across the members' bounds).
    /// </summary>
    [Fact]
    public void Finding_3_an_edit_in_a_file_with_errors_is_parsed_as_a_full_parse_parses_it() =>
        PipelineInvariants.Check(File.ReadAllBytes(Path.Combine(Findings, "finding-3-edit-in-broken-list.inc")));

    /// <summary>
    /// Finding 4 (session 9, invariant 1d): a name without its ':' is reported at the next member's keyword; an edit inside that
    /// next member, re-parsed alone, repaired "its" error and lost it. A diagnostic at the members' first token is not theirs.
    /// </summary>
    [Fact]
    public void Finding_4_an_error_at_a_members_first_token_belongs_to_the_member_before() =>
        PipelineInvariants.Check(File.ReadAllBytes(Path.Combine(Findings, "finding-4-edit-after-missing-colon.inc")));

    /// <summary>The same, written out: the edit changes <c>kind</c> to <c>tind</c> in the source after <c>emailailing</c>.</summary>
    [Fact]
    public void Finding_4_the_diagnostic_stays_after_an_edit_of_the_next_member()
    {
        const string text = "incident x {\n  title: \"T\"\n  emailailing\n  source s { name: \"S\" kind: press }\n}\n";
        var tree = SyntaxTree.Parse(text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        var at = text.IndexOf("kind", StringComparison.Ordinal);
        var edited = tree.WithChange(new TextSpan(at, 1), "t");
        Assert.Equal(SyntaxTreeDump.Write(SyntaxTree.Parse(edited.Text.Text)), SyntaxTreeDump.Write(edited));
        Assert.Equal(diagnostic.ToString(), Assert.Single(edited.Diagnostics).ToString());
    }

    /// <summary>Finding 2, as the fuzzer found it (a mutation of the messy formatting baseline, with a control character in a string).</summary>
    [Fact]
    public void Finding_2_as_found() =>
        PipelineInvariants.Check(File.ReadAllBytes(Path.Combine(Findings, "finding-2-comment-before-list.inc")));

    /// <summary>Finding 2: a comment before a nested list still keeps the outer list multi-line (the comment is inside it).</summary>
    [Fact]
    public void Finding_2_a_comment_before_a_nested_list_keeps_the_outer_list_multi_line()
    {
        const string text = "incident a {\n  title: \"T\"\n  tags: [\n    // c\n    [\"a\"],\n  ]\n}\n";

        PipelineInvariants.Check(text);
        Assert.Contains("// c", SyntaxFormatter.Format(SyntaxTree.Parse(text)), StringComparison.Ordinal);
    }
}
