using IncidentLang.Text;

namespace IncidentLang.Tests.Infrastructure;

/// <summary>Test text with <c>[|…|]</c> around the expected span(s), as in Roslyn's and Bicep's tests.</summary>
internal sealed record MarkedSource(string Text, IReadOnlyList<TextSpan> Spans)
{
    public static MarkedSource Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                open = text.Length;
                i++;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']' && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, text.Length));
                open = -1;
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return new MarkedSource(text.ToString(), spans);
    }
}
