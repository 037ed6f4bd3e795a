using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Lays out the drawn timeline: events in date order as numbered markers on an axis whose
/// positions are proportional to time. An event with an <c>end</c> is a bar from its start to the
/// end of its last day (or month, or year); a date known only to the month or year is a bar over
/// that period, with its marker in the middle (it happened somewhere in it). Markers and bars that
/// would overlap move to another row. All numbers, so the template draws the SVG without any report
/// text in geometry.
/// </summary>
internal static class TimelineLayout
{
    public const int Width = 720;
    private const int Margin = 28;
    private const int RowHeight = 30;
    private const int MarkerRadius = 10;

    private sealed record Placed(EventSymbol Event, DateTimeOffset Start, DateTimeOffset Finish, bool IsSpan, bool IsApproximate);

    public static ScriptObject Build(IReadOnlyList<EventSymbol> events, Func<SourceSymbol, ScriptObject> sourceRef, Func<string?, ScriptArray> paragraphs)
    {
        var ordered = events.Where(e => e.Date is not null)
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(p => p.Event.Date!.FirstInstantUtc).ThenBy(p => p.Index)
            .Select(p => Place(p.Event)).ToList();
        var model = new ScriptObject();
        var items = new ScriptArray();
        if (ordered.Count == 0)
        {
            model["items"] = items;
            model["width"] = Width;
            model["height"] = 0;
            return model;
        }

        var first = ordered[0].Start;
        var last = ordered.Max(p => p.Finish);
        var range = (last - first).TotalDays;
        double X(DateTimeOffset instant) => range <= 0 ? Width / 2.0 : Margin + ((instant - first).TotalDays / range * (Width - 2 * Margin));

        var rowEnds = new List<double>();
        var number = 0;
        foreach (var p in ordered)
        {
            number++;
            var x1 = X(p.Start);
            var x2 = p.IsSpan ? X(p.Finish) : x1;
            var bar = x2 - x1 >= 1;

            // The marker stands at the start of a span, in the middle of a period a date is only known to.
            var marker = bar && p.IsApproximate && p.Event.End is null ? (x1 + x2) / 2 : x1;
            var left = Math.Min(x1, marker - MarkerRadius);
            var right = Math.Max(x2, marker + MarkerRadius);
            var row = rowEnds.FindIndex(end => left - end >= 4);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(right);
            }
            else
            {
                rowEnds[row] = right;
            }

            var e = p.Event;
            var date = e.Date!;
            var text = DateRangeFormatter.Format(date, e.End);
            items.Add(new ScriptObject
            {
                ["number"] = number,
                ["date"] = text.Text,
                ["date_start"] = text.Start,
                ["date_separator"] = text.Separator,
                ["date_end"] = text.End,
                ["date_iso"] = date.Iso,
                ["end_iso"] = e.End?.Iso,
                ["text"] = paragraphs(e.Text),
                ["sources"] = new ScriptArray(e.Sources.Select(sourceRef)),
                ["x"] = Round(marker),
                ["bar"] = bar,
                ["bar_x"] = Round(x1),
                ["bar_width"] = Round(x2 - x1),
                ["row"] = row,
                ["y"] = 24 + (row * RowHeight),
                ["precision"] = date.Precision.ToString().ToLowerInvariant(),
                ["span"] = e.End is not null,
                ["approximate"] = p.IsApproximate,
            });
        }

        var axisY = 30 + (rowEnds.Count * RowHeight);
        var lastDate = ordered.MaxBy(p => p.Finish)!;
        model["items"] = items;
        model["width"] = Width;
        model["height"] = axisY + 34;
        model["axis_y"] = axisY;
        model["axis_x1"] = Margin;
        model["axis_x2"] = Width - Margin;
        model["start_label"] = ordered[0].Event.Date!.Display;
        model["end_label"] = (lastDate.Event.End ?? lastDate.Event.Date!).Display;
        model["label_y"] = axisY + 22;
        model["radius"] = MarkerRadius;
        model["has_spans"] = ordered.Any(p => p.Event.End is not null);
        model["has_approximate"] = ordered.Any(p => p.IsApproximate);
        return model;
    }

    /// <summary>Where an event lies in time: a day or instant is a point; an <c>end</c>, or a month or year, makes it a span.</summary>
    private static Placed Place(EventSymbol e)
    {
        var date = e.Date!;
        var approximate = date.Precision is DatePrecision.Month or DatePrecision.Year;
        if (e.End is { } end)
        {
            return new Placed(e, date.FirstInstantUtc, end.EndInstantUtc, IsSpan: true, approximate);
        }

        return approximate
            ? new Placed(e, date.FirstInstantUtc, date.EndInstantUtc, IsSpan: true, IsApproximate: true)
            : new Placed(e, date.FirstInstantUtc, date.FirstInstantUtc, IsSpan: false, IsApproximate: false);
    }

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
