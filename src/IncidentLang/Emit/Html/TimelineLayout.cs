using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Lays out the drawn timeline, once for a wide figure and once for a phone (the page shows one
/// of the two). Each event has an anchor on a time axis whose positions are proportional to time:
/// a day or instant is a point, an event with an <c>end</c> a bar from its start to the end of its
/// last day (or month, or year), anchored at its start; a date known only to the month or year is
/// a pale bar over that period, anchored in its middle (it happened somewhere in it). Bars lie in
/// lanes under the axis; ticks on the axis are days, weeks, months or years, the finest step whose
/// labels do not collide. The numbered markers stand in one row above the axis, each as near its
/// anchor as the others allow (no two closer than a marker's width), in the order of their anchors,
/// so that the leader lines from markers to anchors never cross. All numbers: the template draws
/// the SVG without computing any geometry or reading report text into it.
/// </summary>
internal static class TimelineLayout
{
    /// <summary>The geometry of one rendering: the width of its viewBox, the marker radius, the marker pitch, the font sizes.</summary>
    internal sealed record View(string Name, double Width, double Margin, double Radius, double Gap, double NumberFont, double LabelFont);

    /// <summary>The wide figure: 720 units drawn at about 800 px in a 52rem column.</summary>
    public static readonly View Wide = new("wide", 720, 24, 10, 5, 11, 11);

    /// <summary>The phone figure: 360 units drawn at about 340 px on a 375 px screen, so a marker holds two digits at 12 px.</summary>
    public static readonly View Narrow = new("narrow", 360, 16, 11, 4, 12, 11);

    /// <summary>The width of a label of <paramref name="text"/> in <paramref name="font"/> units, generously (0.62 em a character).</summary>
    internal static double TextWidth(string text, double font) => (text.Length * 0.62 * font) + 2;

    private const double LaneHeight = 6;
    private const double LaneStep = 9;
    private const double LabelGap = 12;

    private sealed record Placed(EventSymbol Event, int Number, DateTimeOffset Start, DateTimeOffset Finish, bool IsSpan, bool IsApproximate);

    /// <summary>The dated events in the order the timeline numbers them (E1, E2 …): by start, then as written.</summary>
    public static List<EventSymbol> Ordered(IEnumerable<EventSymbol> events) =>
        events.Where(e => e.Date is not null)
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(p => p.Event.Date!.FirstInstantUtc).ThenBy(p => p.Index)
            .Select(p => p.Event).ToList();

    public static ScriptObject Build(IReadOnlyList<EventSymbol> events, Func<SourceSymbol, ScriptObject> sourceRef, Func<string?, ScriptArray> paragraphs)
    {
        var ordered = Ordered(events).Select((e, i) => Place(e, i + 1)).ToList();
        var model = new ScriptObject();
        var items = new ScriptArray();
        model["items"] = items;
        model["views"] = new ScriptArray();
        if (ordered.Count == 0)
        {
            return model;
        }

        foreach (var p in ordered)
        {
            var e = p.Event;
            var date = e.Date!;
            var text = DateRangeFormatter.Format(date, e.End);
            items.Add(new ScriptObject(12)
            {
                ["number"] = p.Number,
                ["date"] = text.Text,
                ["date_start"] = text.Start,
                ["date_separator"] = text.Separator,
                ["date_end"] = text.End,
                ["date_iso"] = date.Iso,
                ["end_iso"] = e.End?.Iso,
                ["text"] = paragraphs(e.Text),
                ["sources"] = new ScriptArray(e.Sources.Select(sourceRef)),
                ["precision"] = date.Precision.ToString().ToLowerInvariant(),
                ["span"] = e.End is not null,
                ["approximate"] = p.IsApproximate,
            });
        }

        var lastDate = ordered.MaxBy(p => p.Finish)!;
        model["start_label"] = ordered[0].Event.Date!.Display;
        model["end_label"] = (lastDate.Event.End ?? lastDate.Event.Date!).Display;
        model["has_spans"] = ordered.Any(p => p.Event.End is not null);
        model["has_approximate"] = ordered.Any(p => p.IsApproximate);
        model["views"] = new ScriptArray { Lay(ordered, Wide, model), Lay(ordered, Narrow, model) };
        return model;
    }

    private static ScriptObject Lay(List<Placed> ordered, View view, ScriptObject timeline)
    {
        var pitch = (2 * view.Radius) + view.Gap;

        // Too many markers for one row at this width: widen the drawing (it scales down to fit).
        var width = Math.Max(view.Width, ((ordered.Count - 1) * pitch) + (2 * view.Radius) + 4);
        var first = ordered[0].Start;
        var last = ordered.Max(p => p.Finish);
        var range = (last - first).TotalDays;
        double X(DateTimeOffset instant) => range <= 0 ? width / 2.0 : view.Margin + ((instant - first).TotalDays / range * (width - (2 * view.Margin)));

        // Anchors and bars.
        var marks = ordered.Select(p =>
        {
            var x1 = X(p.Start);
            var x2 = p.IsSpan ? X(p.Finish) : x1;
            var bar = x2 - x1 >= 1;
            var anchor = bar && p.IsApproximate && p.Event.End is null ? (x1 + x2) / 2 : x1;
            return (Placed: p, X1: x1, X2: x2, Bar: bar, Anchor: anchor);
        }).OrderBy(m => m.Anchor).ThenBy(m => m.Placed.Number).ToList();

        // Bars in lanes under the axis, each in the first lane free where it starts.
        var laneEnds = new List<double>();
        var lanes = new Dictionary<int, int>();
        foreach (var m in marks.Where(m => m.Bar).OrderBy(m => m.X1).ThenBy(m => m.Placed.Number))
        {
            var lane = laneEnds.FindIndex(end => m.X1 - end >= 3);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(m.X2);
            }
            else
            {
                laneEnds[lane] = m.X2;
            }

            lanes[m.Placed.Number] = lane;
        }

        // Markers in one row, in anchor order, as near their anchors as the pitch allows.
        var positions = Spread([.. marks.Select(m => m.Anchor)], pitch, view.Radius + 2, width - view.Radius - 2);

        var rowY = view.Radius + 3;
        var dropY = rowY + view.Radius + 6;
        var axisY = dropY + 36;
        var laneTop = axisY + 6;
        var ticks = Ticks(first, last, X, width, view);
        var labelY = laneTop + (laneEnds.Count * LaneStep) + (view.LabelFont * 1.15);

        var markModels = new ScriptArray();
        foreach (var (m, i) in marks.Select((m, i) => (m, i)))
        {
            var x = positions[i];
            var p = m.Placed;
            var lane = lanes.GetValueOrDefault(p.Number);
            markModels.Add(new ScriptObject(10)
            {
                ["number"] = p.Number,
                ["x"] = Round(x),
                ["anchor"] = Round(m.Anchor),
                ["leader"] = string.Join(' ', Point(x, rowY + view.Radius), Point(x, dropY), Point(m.Anchor, axisY - 8), Point(m.Anchor, axisY)),
                ["bar"] = m.Bar,
                ["bar_x"] = Round(m.X1),
                ["bar_width"] = Round(m.X2 - m.X1),
                ["bar_y"] = Round(laneTop + (lane * LaneStep)),
                ["span"] = p.Event.End is not null,
                ["approximate"] = p.IsApproximate,
            });
        }

        return new ScriptObject(20)
        {
            ["name"] = view.Name,
            ["width"] = Round(width),
            ["height"] = Round(labelY + 5),
            ["radius"] = Round(view.Radius),
            ["row_y"] = Round(rowY),
            ["axis_y"] = Round(axisY),
            ["tick_y1"] = Round(axisY - 5),
            ["tick_y2"] = Round(axisY + 5),
            ["axis_x1"] = Round(view.Margin),
            ["axis_x2"] = Round(width - view.Margin),
            ["lane_height"] = Round(LaneHeight),
            ["label_y"] = Round(labelY),
            ["number_font"] = Round(view.NumberFont),
            ["label_font"] = Round(view.LabelFont),
            ["marks"] = markModels,
            ["ticks"] = new ScriptArray(ticks.Select(t => new ScriptObject(3)
            {
                ["x"] = Round(t.X),
                ["label"] = t.Label,
                ["label_x"] = Round(t.LabelX),
            })),
            ["start_label"] = timeline["start_label"],
            ["end_label"] = timeline["end_label"],
        };
    }

    /// <summary>
    /// Positions for markers wanted at <paramref name="anchors"/> (in order), no two closer than
    /// <paramref name="pitch"/>, all within [<paramref name="low"/>, <paramref name="high"/>], nearest
    /// (least squares) to the anchors and in their order: with q = p − i·pitch the gaps become
    /// "q does not decrease", an isotonic regression (pool adjacent violators), then clamped.
    /// </summary>
    internal static double[] Spread(IReadOnlyList<double> anchors, double pitch, double low, double high)
    {
        var n = anchors.Count;
        var blocks = new List<(double Sum, int Count)>();
        for (var i = 0; i < n; i++)
        {
            blocks.Add((anchors[i] - (i * pitch), 1));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Count > blocks[^1].Sum / blocks[^1].Count)
            {
                var merged = (blocks[^2].Sum + blocks[^1].Sum, blocks[^2].Count + blocks[^1].Count);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add(merged);
            }
        }

        var result = new double[n];
        var k = 0;
        var top = Math.Max(low, high - ((n - 1) * pitch));
        foreach (var (sum, count) in blocks)
        {
            var q = Math.Clamp(sum / count, low, top);
            for (var j = 0; j < count; j++, k++)
            {
                result[k] = q + (k * pitch);
            }
        }

        return result;
    }

    internal sealed record Tick(DateTimeOffset Instant, double X, string Label, double LabelX);

    private enum Unit
    {
        Day,
        Month,
        Year,
    }

    private static readonly (Unit Unit, int Step)[] Steps =
    [
        (Unit.Day, 1), (Unit.Day, 2), (Unit.Day, 7), (Unit.Day, 14), (Unit.Month, 1), (Unit.Month, 2), (Unit.Month, 3), (Unit.Month, 6),
        (Unit.Year, 1), (Unit.Year, 2), (Unit.Year, 5), (Unit.Year, 10), (Unit.Year, 20), (Unit.Year, 50), (Unit.Year, 100),
    ];

    /// <summary>
    /// The axis ticks: the finest step (day, two days, week, fortnight, month, two months, quarter, half year,
    /// year, …) whose labels, each centred on its tick and kept inside the figure, leave a clear gap
    /// (days only while the range holds fewer than three month starts);
    /// months name their year at the first tick and at each January, days at the first tick and each
    /// 1 January. With no tick inside the range, the first day is the one tick.
    /// </summary>
    private static List<Tick> Ticks(DateTimeOffset first, DateTimeOffset last, Func<DateTimeOffset, double> x, double width, View view)
    {
        // Calendar months read better than runs of days as soon as the range holds three month starts.
        var months = Instants(first, last, Unit.Month, 1).Count;
        foreach (var (unit, step) in Steps)
        {
            var instants = Instants(first, last, unit, step);
            if (instants.Count > 60 || (unit == Unit.Day && months >= 3))
            {
                continue;
            }

            var ticks = new List<Tick>();
            foreach (var instant in instants)
            {
                var label = Label(instant, unit, ticks.Count == 0);
                var half = TextWidth(label, view.LabelFont) / 2;
                var at = x(instant);
                ticks.Add(new Tick(instant, at, label, Math.Clamp(at, half + 2, width - half - 2)));
            }

            var fits = ticks.Zip(ticks.Skip(1)).All(pair =>
                pair.Second.LabelX - (TextWidth(pair.Second.Label, view.LabelFont) / 2) - (pair.First.LabelX + (TextWidth(pair.First.Label, view.LabelFont) / 2)) >= LabelGap);
            if (fits && ticks.Count > 0)
            {
                return ticks;
            }
        }

        var day = new DateTimeOffset(first.Year, first.Month, first.Day, 0, 0, 0, TimeSpan.Zero);
        var only = day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var halfWidth = TextWidth(only, view.LabelFont) / 2;
        return [new Tick(day, x(first), only, Math.Clamp(x(first), halfWidth + 2, width - halfWidth - 2))];
    }

    private static List<DateTimeOffset> Instants(DateTimeOffset first, DateTimeOffset last, Unit unit, int step)
    {
        DateTimeOffset Next(DateTimeOffset t) => unit switch
        {
            Unit.Day => t.AddDays(1),
            Unit.Month => t.AddMonths(1),
            _ => t.AddYears(1),
        };

        var cursor = unit switch
        {
            Unit.Day => new DateTimeOffset(first.Year, first.Month, first.Day, 0, 0, 0, TimeSpan.Zero),
            Unit.Month => new DateTimeOffset(first.Year, first.Month, 1, 0, 0, 0, TimeSpan.Zero),
            _ => new DateTimeOffset(first.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        if (cursor < first)
        {
            cursor = Next(cursor);
        }

        var result = new List<DateTimeOffset>();
        var index = 0;
        for (; cursor <= last && result.Count <= 60; cursor = Next(cursor), index++)
        {
            var aligned = unit switch
            {
                Unit.Month => (cursor.Month - 1) % step == 0,
                Unit.Year => cursor.Year % step == 0,
                _ => index % step == 0,
            };
            if (aligned)
            {
                result.Add(cursor);
            }
        }

        return result;
    }

    private static string Label(DateTimeOffset instant, Unit unit, bool isFirst) => unit switch
    {
        Unit.Year => instant.ToString("yyyy", CultureInfo.InvariantCulture),
        Unit.Month => instant.ToString(isFirst || instant.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture),
        _ => instant.ToString(isFirst || (instant.Month == 1 && instant.Day == 1) ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture),
    };

    /// <summary>Where an event lies in time: a day or instant is a point; an <c>end</c>, or a month or year, makes it a span.</summary>
    private static Placed Place(EventSymbol e, int number)
    {
        var date = e.Date!;
        var approximate = date.Precision is DatePrecision.Month or DatePrecision.Year;
        if (e.End is { } end)
        {
            return new Placed(e, number, date.FirstInstantUtc, end.EndInstantUtc, IsSpan: true, approximate);
        }

        return approximate
            ? new Placed(e, number, date.FirstInstantUtc, date.EndInstantUtc, IsSpan: true, IsApproximate: true)
            : new Placed(e, number, date.FirstInstantUtc, date.FirstInstantUtc, IsSpan: false, IsApproximate: false);
    }

    private static string Point(double x, double y) => Round(x) + "," + Round(y);

    /// <summary>
    /// A coordinate to one decimal, as <c>Math.Round(value, 1).ToString("0.#")</c> writes it, without the custom-format path
    /// (which formats through big-integer arithmetic: a twentieth of building a small briefing's model, issue 11).
    /// </summary>
    internal static string Round(double value)
    {
        var rounded = Math.Round(value, 1);
        if (!(rounded >= 0 && rounded < 1_000_000_000) || double.IsNegative(rounded))
        {
            return rounded.ToString("0.#", CultureInfo.InvariantCulture);
        }

        var tenths = (long)Math.Round(rounded * 10);
        var whole = tenths / 10;
        var digit = (int)(tenths % 10);
        return digit == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{whole}.{digit}");
    }
}
