namespace IncidentLang.Binding;

/// <summary>
/// A sequence of property names as a <see cref="BoundPropertyMap"/> holds them: <see cref="Order"/> maps the position of each name in
/// enumeration order to its position in source order, and <see cref="Names"/> lists the names in enumeration order (one array shared
/// by every map of the same names).
/// </summary>
internal sealed record PropertyLayout(int[] Order, string[] Names);
