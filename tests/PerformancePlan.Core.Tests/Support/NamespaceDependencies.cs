using System.Reflection;
using System.Reflection.Emit;

namespace PerformancePlan.Core.Tests.Support;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: signatures, base types and
/// every type, method and field a method body refers to (lambdas and state machines are nested types,
/// so they count for the namespace that wrote them). Unused <c>using</c> directives do not count.
/// </summary>
public static class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Namespace → the namespaces it uses (each with one type that shows why), within <paramref name="root"/>.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, string>> Of(Assembly assembly, string root)
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = type.Namespace;
            if (from is null || !InRoot(from, root))
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = used.Namespace;
                if (to is null || to == from || used.Assembly != assembly || !InRoot(to, root))
                {
                    continue;
                }

                if (!edges.TryGetValue(from, out var targets))
                {
                    edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                targets.TryAdd(to, $"{Outermost(type).Name} uses {used.Name}");
            }
        }

        return edges;
    }

    /// <summary>Every pair of namespaces that reach each other, as "A ⇄ B: A→B (why), B→A (why)".</summary>
    public static IReadOnlyList<string> Cycles(IReadOnlyDictionary<string, Dictionary<string, string>> edges)
    {
        var reach = edges.Keys.ToDictionary(n => n, n => Reachable(edges, n), StringComparer.Ordinal);
        var cycles = new List<string>();
        foreach (var a in reach.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var b in reach[a].Where(b => string.CompareOrdinal(a, b) < 0 && reach.TryGetValue(b, out var back) && back.Contains(a)))
            {
                cycles.Add($"{a} ⇄ {b}: {Path(edges, a, b)}; {Path(edges, b, a)}");
            }
        }

        return cycles;
    }

    private static bool InRoot(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, Dictionary<string, string>> edges, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var n))
        {
            foreach (var next in edges.TryGetValue(n, out var t) ? t.Keys.ToList() : [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    /// <summary>The shortest chain of uses from <paramref name="from"/> to <paramref name="to"/>, with the reason for each step.</summary>
    private static string Path(IReadOnlyDictionary<string, Dictionary<string, string>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var n) && !previous.ContainsKey(to))
        {
            foreach (var next in edges.TryGetValue(n, out var t) ? t.Keys.ToList() : [])
            {
                if (previous.TryAdd(next, n))
                {
                    queue.Enqueue(next);
                }
            }
        }

        var steps = new List<string>();
        for (var n = to; n != from; n = previous[n])
        {
            steps.Insert(0, $"{previous[n]} → {n} ({edges[previous[n]][n]})");
        }

        return string.Join(", ", steps);
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var field in type.GetFields(Declared))
        {
            found.Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            found.Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method.GetMethodBody() is { } body)
            {
                found.AddRange(body.LocalVariables.Select(l => l.LocalType));
                found.AddRange(TypesInBody(method, body));
            }
        }

        return found.SelectMany(Unwrap);
    }

    /// <summary>The types named by the tokens of a method's IL: the types, fields and methods it loads, calls or creates.</summary>
    private static IEnumerable<Type> TypesInBody(MethodBase method, MethodBody body)
    {
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    foreach (var used in TypesOf(member))
                    {
                        yield return used;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member) => member switch
    {
        Type t => [t],
        FieldInfo f => [f.DeclaringType!, f.FieldType],
        MethodInfo m => [m.DeclaringType!, m.ReturnType, .. m.IsGenericMethod ? m.GetGenericArguments() : []],
        ConstructorInfo c => [c.DeclaringType!],
        _ => [],
    };

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type and the types it is made of: element types of arrays and references, generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return [];
        }

        return type.IsConstructedGenericType
            ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }
}
