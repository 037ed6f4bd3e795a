using IncidentLang.Syntax.Generated;

namespace IncidentLang.Syntax;

/// <summary>
/// Where <see cref="ErrorFreeParser"/> cuts a large file into runs that build their tokens and parse their part of the tree on
/// several threads: at member boundaries inside the body of one top-level declaration (the one with the most members: a large
/// report's incident). Braces appear only around declaration bodies (grammar/IncidentParser.g4), so in a file that parses, the
/// placed token after the <c>{</c> of a top-level declaration, and the placed token after a <c>}</c> that closes one of its
/// member declarations, begin a member of that body unless they are its closing <c>}</c>. A run that starts at such a token and
/// parses members until the next run's start reads exactly what one pass over the file reads there; in a file that does not
/// parse, the plan may be wrong, and then a run fails or ends elsewhere, and the file is parsed in one pass as before.
/// </summary>
internal sealed class MemberRunPlan
{
    private MemberRunPlan(int[] tokenStarts, int[] memberStarts)
    {
        TokenStarts = tokenStarts;
        MemberStarts = memberStarts;
    }

    /// <summary>
    /// Where each run's tokens begin, as indices of the lexed tokens, the count of lexed tokens last: run 0 begins at the start
    /// of the file, every other run at the member it parses first.
    /// </summary>
    public int[] TokenStarts { get; }

    /// <summary>
    /// The first member each run parses, as an index of the placed tokens (the parser's tokens): for run 0 the body's first member,
    /// for the others their first token. Each run parses members up to the next run's first; the last one up to the body's <c>}</c>.
    /// </summary>
    public int[] MemberStarts { get; }

    /// <summary>The number of runs (at least 2).</summary>
    public int Runs => MemberStarts.Length;

    /// <summary>
    /// The plan for at most <paramref name="runs"/> runs of the <paramref name="count"/> lexed tokens, each cut at the first member
    /// at or after an equal share of the body; null when no top-level declaration has two members or more, or braces do not balance.
    /// </summary>
    public static MemberRunPlan? Create(ReadOnlySpan<LexedToken> lexed, int count, bool[] placed, int runs)
    {
        if (runs < 2)
        {
            return null;
        }

        // The members (lexed index, placed index) of the body being read and of the body with the most members so far.
        var current = new List<(int Lexed, int Placed)>();
        var best = new List<(int Lexed, int Placed)>();
        var bestClose = -1;
        var depth = 0;
        var placedIndex = 0;
        var expectMember = false;
        for (var i = 0; i < count; i++)
        {
            if (!placed[i])
            {
                continue;
            }

            var type = lexed[i].Type;
            if (expectMember && type != IncidentLexer.RBRACE)
            {
                current.Add((i, placedIndex));
            }

            expectMember = false;
            if (type == IncidentLexer.LBRACE)
            {
                depth++;
                if (depth == 1)
                {
                    current.Clear();
                    expectMember = true;
                }
            }
            else if (type == IncidentLexer.RBRACE)
            {
                depth--;
                if (depth < 0)
                {
                    return null;
                }

                if (depth == 1)
                {
                    expectMember = true;
                }
                else if (depth == 0 && current.Count > best.Count)
                {
                    (best, current) = (current, best);
                    bestClose = i;
                }
            }

            placedIndex++;
        }

        if (depth != 0 || best.Count < 2)
        {
            return null;
        }

        var tokenStarts = new List<int> { 0 };
        var memberStarts = new List<int> { best[0].Placed };
        var first = best[0].Lexed;
        var next = 1;
        for (var k = 1; k < runs && next < best.Count; k++)
        {
            var share = first + (int)((long)(bestClose - first) * k / runs);
            while (next < best.Count && best[next].Lexed < share)
            {
                next++;
            }

            if (next < best.Count)
            {
                tokenStarts.Add(best[next].Lexed);
                memberStarts.Add(best[next].Placed);
                next++;
            }
        }

        if (memberStarts.Count < 2)
        {
            return null;
        }

        tokenStarts.Add(count);
        return new MemberRunPlan([.. tokenStarts], [.. memberStarts]);
    }
}
