using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace IncidentLang.Tests.Infrastructure;

/// <summary>
/// The public surface of an assembly as text, one line per public type and per public or protected
/// member (declared in that type), sorted ordinally by qualified name: what <c>src/IncidentLang/PublicAPI.txt</c> holds.
/// Reference types carry their nullable annotations; compiler-generated members are left out.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static string Write(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add(TypeLine(type));
            lines.AddRange(Members(type));
        }

        // By the qualified name (modifiers and kind come first on a line but do not order it), so a type's members follow it.
        return string.Concat(lines.OrderBy(l => l[l.IndexOf(assembly.GetName().Name + ".", StringComparison.Ordinal)..], StringComparer.Ordinal)
            .ThenBy(l => l, StringComparer.Ordinal).Select(l => l + "\n"));
    }

    /// <summary>Counts of <see cref="Write"/>'s lines: types, and members.</summary>
    public static (int Types, int Members) Count(Assembly assembly)
    {
        var types = assembly.GetExportedTypes();
        return (types.Length, types.Sum(t => Members(t).Count()));
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : IsRecord(type) ? "record"
            : "class";
        var modifiers = type is { IsClass: true, IsAbstract: true, IsSealed: true } ? "static "
            : type is { IsClass: true, IsAbstract: true } ? "abstract "
            : type is { IsClass: true, IsSealed: true } ? "sealed "
            : "";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => !inherited.Contains(i)).Select(Name).Order(StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        var owner = Name(type);
        foreach (var member in type.GetMembers(Declared).Where(m => IsVisible(m) && !IsCompilerGenerated(m)))
        {
            var nullability = new NullabilityInfoContext();
            switch (member)
            {
                case FieldInfo { IsSpecialName: true }:
                    break;
                case FieldInfo field when type.IsEnum:
                    yield return $"{owner}.{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
                    break;
                case FieldInfo field:
                    var fieldModifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
                    yield return $"{fieldModifiers}{owner}.{field.Name} -> {Name(field.FieldType, nullability.Create(field))}";
                    break;
                case PropertyInfo property:
                    var accessors = new List<string>();
                    if (property.GetMethod is { } get && IsVisible(get))
                    {
                        accessors.Add("get;");
                    }

                    if (property.SetMethod is { } set && IsVisible(set))
                    {
                        accessors.Add(set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;");
                    }

                    var accessor = (property.GetMethod ?? property.SetMethod)!;
                    var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"[{Parameters(index, nullability)}]" : "";
                    yield return $"{Modifiers(accessor, type)}{owner}.{property.Name}{indexer} {{ {string.Join(' ', accessors)} }} -> {Name(property.PropertyType, nullability.Create(property))}";
                    break;
                case EventInfo @event:
                    yield return $"event {owner}.{@event.Name} -> {Name(@event.EventHandlerType!)}";
                    break;
                case ConstructorInfo constructor:
                    yield return $"{Access(constructor)}{owner}.{constructor.Name}({Parameters(constructor.GetParameters(), nullability)})";
                    break;
                case MethodInfo { IsSpecialName: true } method when !method.Name.StartsWith("op_", StringComparison.Ordinal):
                    break; // accessors
                case MethodInfo method:
                    var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
                    yield return $"{Modifiers(method, type)}{owner}.{method.Name}{generic}({Parameters(method.GetParameters(), nullability)}) -> {Name(method.ReturnType, nullability.Create(method.ReturnParameter))}";
                    break;
                case Type:
                    break; // nested types have lines of their own
            }
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name.Contains('<', StringComparison.Ordinal) || member.IsDefined(typeof(CompilerGeneratedAttribute), false) && member is not PropertyInfo and not MethodInfo { IsSpecialName: true };

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(true).Any(a => IsVisible(a)),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Modifiers(MethodBase method, Type owner)
    {
        var modifiers = Access(method);
        if (method.IsStatic)
        {
            return modifiers + "static ";
        }

        if (owner.IsInterface)
        {
            return modifiers;
        }

        if (method.IsAbstract)
        {
            return modifiers + "abstract ";
        }

        if (method is MethodInfo info && info.GetBaseDefinition().DeclaringType != info.DeclaringType)
        {
            return modifiers + (method.IsFinal ? "sealed override " : "override ");
        }

        return method.IsVirtual && !method.IsFinal ? modifiers + "virtual " : modifiers;
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p =>
        {
            var prefix = p.IsDefined(typeof(ParamArrayAttribute), false) ? "params " : p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "";
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            var value = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : "";
            return $"{prefix}{Name(type, nullability.Create(p))} {p.Name}{value}";
        }));

    private static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var suffix = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "";
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = new StringBuilder();
        if (type.IsNested)
        {
            name.Append(Name(type.DeclaringType!)).Append('.');
        }
        else if (!string.IsNullOrEmpty(type.Namespace))
        {
            name.Append(type.Namespace).Append('.');
        }

        var simple = type.Name;
        var tick = simple.IndexOf('`', StringComparison.Ordinal);
        name.Append(tick < 0 ? simple : simple[..tick]);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var own = type.IsNested ? arguments.Skip(type.DeclaringType!.GetGenericArguments().Length).ToArray() : arguments;
            if (own.Length > 0)
            {
                var offset = arguments.Length - own.Length;
                name.Append('<').Append(string.Join(", ", own.Select((a, i) =>
                    Name(a, nullability is { GenericTypeArguments.Length: > 0 } n && offset + i < n.GenericTypeArguments.Length ? n.GenericTypeArguments[offset + i] : null)))).Append('>');
            }
        }

        return name.Append(suffix).ToString();
    }
}
