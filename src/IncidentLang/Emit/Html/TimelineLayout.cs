using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Lays out the drawn timeline: events in date order as numbered markers on an axis whose
/// positions are proportional to time; markers that would overlap move to another row.
/// All numbers, so the template draws the SVG without any report text in geometry.
/// </summary>
internal static class TimelineLayout
{
    public const int Width = 720;
    private const int Margin = 28;
    private const int RowHeight = 26;
    private const int MarkerRadius = 10;

    public static ScriptObject Build(IReadOnlyList<EventSymbol> events, Func<SourceSymbol, ScriptObject> sourceRef)
    {
        var ordered = events.Where(e => e.Date is not null)
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(p => p.Event.Date!.FirstInstantUtc).ThenBy(p => p.Index)
            .Select(p => p.Event).ToList();
        var model = new ScriptObject();
        var items = new ScriptArray();
        if (ordered.Count == 0)
        {
            model["items"] = items;
            model["width"] = Width;
            model["height"] = 0;
            return model;
        }

        var first = ordered[0].Date!.FirstInstantUtc;
        var last = ordered[^1].Date!.FirstInstantUtc;
        var range = Math.Max(1, (last - first).TotalDays);
        var rowEnds = new List<double>();
        var number = 0;
        foreach (var e in ordered)
        {
            number++;
            var x = ordered.Count == 1 ? Width / 2.0 : Margin + ((e.Date!.FirstInstantUtc - first).TotalDays / range * (Width - 2 * Margin));
            var row = rowEnds.FindIndex(end => x - end >= 2 * MarkerRadius + 4);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(x);
            }
            else
            {
                rowEnds[row] = x;
            }

            var date = e.Date!;
            var item = new ScriptObject
            {
                ["number"] = number,
                ["date"] = date.Display,
                ["date_iso"] = date.Iso,
                ["text"] = e.Text,
                ["sources"] = new ScriptArray(e.Sources.Select(sourceRef)),
                ["x"] = Round(x),
                ["row"] = row,
                ["y"] = 24 + (row * RowHeight),
                ["precision"] = date.Precision.ToString().ToLowerInvariant(),
                ["approximate"] = date.Precision is DatePrecision.Month or DatePrecision.Year,
            };
            items.Add(item);
        }

        var axisY = 30 + (rowEnds.Count * RowHeight);
        model["items"] = items;
        model["width"] = Width;
        model["height"] = axisY + 34;
        model["axis_y"] = axisY;
        model["axis_x1"] = Margin;
        model["axis_x2"] = Width - Margin;
        model["start_label"] = ordered[0].Date!.Display;
        model["end_label"] = ordered[^1].Date!.Display;
        model["label_y"] = axisY + 22;
        model["radius"] = MarkerRadius;
        return model;
    }

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
