using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace IncidentLang.Tests.Infrastructure;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled assembly's metadata and IL
/// (System.Reflection.Metadata, nothing loaded): a type uses every type of the same assembly that
/// appears in its base type, interfaces, generic constraints, attributes, field, method, property and
/// event signatures, method bodies' locals and the operands of its IL instructions (types, methods,
/// fields, tokens). Nested and compiler-generated types (closures, state machines) count as their
/// outermost declaring type. Types outside <c>rootNamespace</c> (compiler and source-generator
/// helpers) are left out.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedDictionary<string, string>> _edges;

    private NamespaceGraph(Dictionary<string, SortedDictionary<string, string>> edges) => _edges = edges;

    /// <summary>Every namespace (with the uses of its types), sorted.</summary>
    public IEnumerable<string> Namespaces => _edges.Keys.Order(StringComparer.Ordinal);

    /// <summary>The namespaces <paramref name="from"/> uses, each with one use that explains it (<c>A.X → B.Y</c>).</summary>
    public IReadOnlyDictionary<string, string> Uses(string from) =>
        _edges.TryGetValue(from, out var to) ? to : new SortedDictionary<string, string>();

    /// <summary>The same graph with each namespace mapped by <paramref name="map"/> (e.g. to its folder); uses within one group are dropped.</summary>
    public NamespaceGraph Collapse(Func<string, string> map)
    {
        var edges = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (from, uses) in _edges)
        {
            var group = edges.TryGetValue(map(from), out var g) ? g : edges[map(from)] = new(StringComparer.Ordinal);
            foreach (var (to, witness) in uses)
            {
                if (map(to) != map(from))
                {
                    group.TryAdd(map(to), witness);
                }
            }
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>The strongly connected components with more than one namespace, each as the uses inside it.</summary>
    public List<List<string>> FindCycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Uses(node).Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    components.Add(component);
                }
            }
        }

        foreach (var node in Namespaces)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return [.. components.Select(c =>
        {
            var members = c.ToHashSet(StringComparer.Ordinal);
            return c.Order(StringComparer.Ordinal)
                .SelectMany(from => Uses(from).Where(u => members.Contains(u.Key)).Select(u => $"{from} → {u.Key}   ({u.Value})"))
                .ToList();
        })];
    }

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return new Reader(pe, rootNamespace).Read();
    }

    private sealed class Reader(PEReader pe, string rootNamespace) : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        private readonly MetadataReader _md = pe.GetMetadataReader();

        public NamespaceGraph Read()
        {
            var edges = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var handle in _md.TypeDefinitions)
            {
                if (NamespaceOf(handle) is not { } from)
                {
                    continue;
                }

                var uses = edges.TryGetValue(from, out var u) ? u : edges[from] = new(StringComparer.Ordinal);
                foreach (var used in UsedTypes(handle).Distinct())
                {
                    if (NamespaceOf(used) is { } to && to != from)
                    {
                        uses.TryAdd(to, $"{NameOf(handle)} uses {NameOf(used)}");
                    }
                }
            }

            return new NamespaceGraph(edges);
        }

        private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
        {
            while (_md.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } outer)
            {
                handle = outer;
            }

            return handle;
        }

        private string? NamespaceOf(TypeDefinitionHandle handle)
        {
            var ns = _md.GetString(_md.GetTypeDefinition(Outermost(handle)).Namespace);
            return ns == rootNamespace || ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns : null;
        }

        private string NameOf(TypeDefinitionHandle handle)
        {
            var outer = _md.GetTypeDefinition(Outermost(handle));
            return _md.GetString(outer.Namespace) + "." + _md.GetString(outer.Name);
        }

        private IEnumerable<TypeDefinitionHandle> UsedTypes(TypeDefinitionHandle handle)
        {
            var type = _md.GetTypeDefinition(handle);
            var used = new List<TypeDefinitionHandle>();
            used.AddRange(Resolve(type.BaseType));
            foreach (var i in type.GetInterfaceImplementations())
            {
                used.AddRange(Resolve(_md.GetInterfaceImplementation(i).Interface));
            }

            used.AddRange(Attributes(type.GetCustomAttributes()));
            used.AddRange(Constraints(type.GetGenericParameters()));
            foreach (var f in type.GetFields())
            {
                var field = _md.GetFieldDefinition(f);
                used.AddRange(field.DecodeSignature(this, null));
                used.AddRange(Attributes(field.GetCustomAttributes()));
            }

            foreach (var p in type.GetProperties())
            {
                var property = _md.GetPropertyDefinition(p);
                used.AddRange(Flatten(property.DecodeSignature(this, null)));
                used.AddRange(Attributes(property.GetCustomAttributes()));
            }

            foreach (var e in type.GetEvents())
            {
                used.AddRange(Resolve(_md.GetEventDefinition(e).Type));
            }

            foreach (var m in type.GetMethods())
            {
                var method = _md.GetMethodDefinition(m);
                used.AddRange(Flatten(method.DecodeSignature(this, null)));
                used.AddRange(Attributes(method.GetCustomAttributes()));
                used.AddRange(Constraints(method.GetGenericParameters()));
                foreach (var p in method.GetParameters())
                {
                    used.AddRange(Attributes(_md.GetParameter(p).GetCustomAttributes()));
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    used.AddRange(Body(pe.GetMethodBody(method.RelativeVirtualAddress)));
                }
            }

            return used;
        }

        private IEnumerable<TypeDefinitionHandle> Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                foreach (var local in _md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null))
                {
                    foreach (var t in local)
                    {
                        yield return t;
                    }
                }
            }

            foreach (var region in body.ExceptionRegions)
            {
                foreach (var t in Resolve(region.CatchType))
                {
                    yield return t;
                }
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                switch (OperandTypes[value])
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineSig or OperandType.InlineTok or OperandType.InlineType:
                        foreach (var t in Resolve(MetadataTokens.EntityHandle(il.ReadInt32())))
                        {
                            yield return t;
                        }

                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                }
            }
        }

        private IEnumerable<TypeDefinitionHandle> Attributes(CustomAttributeHandleCollection attributes) =>
            attributes.SelectMany(a => Resolve(_md.GetCustomAttribute(a).Constructor));

        private IEnumerable<TypeDefinitionHandle> Constraints(GenericParameterHandleCollection parameters) =>
            parameters.SelectMany(p => _md.GetGenericParameter(p).GetConstraints())
                .SelectMany(c => Resolve(_md.GetGenericParameterConstraint(c).Type));

        private static IEnumerable<TypeDefinitionHandle> Flatten(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
            signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));

        private ImmutableArray<TypeDefinitionHandle> Resolve(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return [];
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return [(TypeDefinitionHandle)handle];
                case HandleKind.TypeSpecification:
                    return _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                case HandleKind.MethodDefinition:
                    return [_md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()];
                case HandleKind.FieldDefinition:
                    return [_md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()];
                case HandleKind.MethodSpecification:
                    var spec = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return [.. Resolve(spec.Method), .. spec.DecodeSignature(this, null).SelectMany(t => t)];
                case HandleKind.MemberReference:
                    var member = _md.GetMemberReference((MemberReferenceHandle)handle);
                    var parent = Resolve(member.Parent);
                    return member.GetKind() == MemberReferenceKind.Method
                        ? [.. parent, .. Flatten(member.DecodeMethodSignature(this, null))]
                        : [.. parent, .. member.DecodeFieldSignature(this, null)];
                case HandleKind.StandaloneSignature:
                    var signature = _md.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    return signature.GetKind() == StandaloneSignatureKind.Method ? [.. Flatten(signature.DecodeMethodSignature(this, null))] : [];
                default:
                    return []; // type references: other assemblies
            }
        }

        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) => [.. Flatten(signature)];

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(t => t)];

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
