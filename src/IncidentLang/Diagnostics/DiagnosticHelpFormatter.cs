using System.Text;

namespace IncidentLang.Diagnostics;

/// <summary>The text of <c>inc explain ID</c>.</summary>
public static class DiagnosticHelpFormatter
{
    public static string Format(DiagnosticDescriptor descriptor)
    {
        var builder = new StringBuilder();
        builder.Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append('\n');
        builder.Append("Severity: ").Append(Diagnostic.SeverityName(descriptor.DefaultSeverity))
            .Append(descriptor.IsConfigurable ? " (configurable in incidentlang.json)" : " (cannot be changed)").Append('\n');
        builder.Append('\n').Append(descriptor.Help).Append('\n');
        if (descriptor.Example is not null)
        {
            builder.Append("\nExample:\n").Append(Indent(descriptor.Example)).Append('\n');
        }

        if (descriptor.Fix is not null)
        {
            builder.Append("\nFix:\n").Append(Indent(descriptor.Fix)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(line => "    " + line));
}
