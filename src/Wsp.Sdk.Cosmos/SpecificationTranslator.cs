using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using NodaTime;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Translates an Ardalis specification (<see cref="ISpecification{T}"/>) of a summary (<c>VacancySummary</c>, <c>EmployerAccountSummary</c>) into
/// Cosmos LINQ over the stored document, whose top-level properties carry the summary's names: member by member, with
/// instants and dates as the fixed-width ISO strings they are stored as (so comparing and ordering the strings is
/// comparing and ordering the values). Values the criteria capture are evaluated first, as Cosmos LINQ would.
/// </summary>
internal static class SpecificationTranslator
{
    private static readonly MethodInfo s_compareTo = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;

    /// <summary>The criteria, rewritten over <typeparamref name="TDocument"/>.</summary>
    public static IReadOnlyList<Expression<Func<TDocument, bool>>> Criteria<TSummary, TDocument>(ISpecification<TSummary> specification)
    {
        if (specification.SearchCriterias.Any() || specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() || specification.PostProcessingAction is not null)
        {
            throw new NotSupportedException($"The Cosmos DB store translates criteria, ordering, skip and take; {specification.GetType().Name} also has a search, an include or post-processing.");
        }

        var parameter = Expression.Parameter(typeof(TDocument), "d");
        return [.. specification.WhereExpressions.Select(c => Expression.Lambda<Func<TDocument, bool>>(Rewrite<TDocument>(c.Filter, parameter), parameter))];
    }

    /// <summary>Applies criteria, ordering and skip (not take: that is the page size) to a Cosmos LINQ source.</summary>
    public static IQueryable<TDocument> Apply<TSummary, TDocument>(IQueryable<TDocument> source, ISpecification<TSummary> specification)
    {
        foreach (var criterion in Criteria<TSummary, TDocument>(specification))
        {
            source = source.Where(criterion);
        }

        var first = true;
        foreach (var order in specification.OrderExpressions)
        {
            var parameter = Expression.Parameter(typeof(TDocument), "d");

            var body = Rewrite<TDocument>(order.KeySelector, parameter);
            var key = Expression.Lambda(body, parameter);
            var name = (first, order.OrderType) switch
            {
                (true, OrderTypeEnum.OrderBy) => nameof(Queryable.OrderBy),
                (true, OrderTypeEnum.OrderByDescending) => nameof(Queryable.OrderByDescending),
                (false, OrderTypeEnum.ThenBy) => nameof(Queryable.ThenBy),
                (false, OrderTypeEnum.ThenByDescending) => nameof(Queryable.ThenByDescending),
                _ => throw new NotSupportedException($"{specification.GetType().Name} orders with a second OrderBy or a ThenBy first: write OrderBy(…).ThenBy(…)."),
            };
            var call = Expression.Call(typeof(Queryable), name, [typeof(TDocument), body.Type], source.Expression, Expression.Quote(key));
            source = source.Provider.CreateQuery<TDocument>(call);
            first = false;
        }

        if (specification.Skip > 0)
        {
            // Cosmos DB has OFFSET only with LIMIT.
            source = source.Skip(specification.Skip).Take(int.MaxValue - specification.Skip);
        }

        return source;
    }

    /// <summary>The value a criterion requires of a string member (<c>s.RegionCode == "AM21"</c>), or null; for the partition key.</summary>
    public static string? RequiredValue<TDocument>(IEnumerable<Expression<Func<TDocument, bool>>> criteria, string member)
    {
        foreach (var criterion in criteria)
        {
            if (Find(criterion.Body, criterion.Parameters[0], member) is { } value)
            {
                return value;
            }
        }

        return null;

        static string? Find(Expression body, ParameterExpression parameter, string member) => body switch
        {
            BinaryExpression { NodeType: ExpressionType.AndAlso } and => Find(and.Left, parameter, member) ?? Find(and.Right, parameter, member),
            BinaryExpression { NodeType: ExpressionType.Equal, Left: MemberExpression m, Right: ConstantExpression { Value: string v } }
                when m.Expression == parameter && m.Member.Name == member => v,
            BinaryExpression { NodeType: ExpressionType.Equal, Left: ConstantExpression { Value: string v }, Right: MemberExpression m }
                when m.Expression == parameter && m.Member.Name == member => v,
            _ => null,
        };
    }

    private static Expression Rewrite<TDocument>(LambdaExpression lambda, ParameterExpression parameter)
    {
        var evaluated = new Evaluator(lambda.Parameters[0]).Visit(lambda.Body)!;
        return new Rewriter(lambda.Parameters[0], parameter).Visit(evaluated)!;
    }

    private static bool IsTime(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(Instant) || t == typeof(LocalDate));

    /// <summary>Replaces every part that does not depend on the parameter by its value.</summary>
    private sealed class Evaluator : ExpressionVisitor
    {
        private readonly ParameterExpression _parameter;

        public Evaluator(ParameterExpression parameter) => _parameter = parameter;

        public override Expression? Visit(Expression? node)
        {
            // A span (C# 14 binds array.Contains(x) to MemoryExtensions.Contains over an implicit span) cannot be boxed
            // into a constant: evaluate its parts, and let the rewriter turn the call back into Enumerable.Contains.
            if (node is null or ConstantExpression or LambdaExpression || node.NodeType == ExpressionType.Quote || node.Type.IsByRefLike || Uses(node))
            {
                return base.Visit(node);
            }

            var value = Expression.Lambda(node).Compile(preferInterpretation: true).DynamicInvoke();
            return Expression.Constant(value, node.Type);
        }

        private bool Uses(Expression node)
        {
            var finder = new ParameterFinder(_parameter);
            finder.Visit(node);
            return finder.Found;
        }
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        private readonly ParameterExpression _parameter;

        public ParameterFinder(ParameterExpression parameter) => _parameter = parameter;

        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == _parameter;
            return node;
        }
    }

    /// <summary>Moves the expression from the summary to the document, and instants and dates to their stored strings.</summary>
    private sealed class Rewriter : ExpressionVisitor
    {
        private readonly ParameterExpression _from;
        private readonly ParameterExpression _to;

        public Rewriter(ParameterExpression from, ParameterExpression to)
        {
            _from = from;
            _to = to;
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == _from ? _to : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != _from)
            {
                return base.VisitMember(node);
            }

            var property = _to.Type.GetProperty(node.Member.Name)
                ?? throw new NotSupportedException($"The Cosmos DB store cannot query {node.Member.DeclaringType?.Name}.{node.Member.Name}: the document has no such field.");
            return Expression.Property(_to, property);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            // MemoryExtensions.Contains(op_Implicit(array), item) → Enumerable.Contains(array, item), which Cosmos LINQ knows as IN.
            if (node.Method.DeclaringType == typeof(MemoryExtensions) && node.Method.Name == nameof(MemoryExtensions.Contains)
                && node.Arguments.Count is 2 or 3
                && (node.Arguments.Count == 2 || node.Arguments[2] is ConstantExpression { Value: null })
                && Unspan(node.Arguments[0]) is { } sequence)
            {
                var element = sequence.Type.IsArray ? sequence.Type.GetElementType()! : sequence.Type.GetGenericArguments()[0];
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [element], Visit(sequence), Visit(node.Arguments[1]));
            }

            return base.VisitMethodCall(node);

            static Expression? Unspan(Expression span) => span switch
            {
                MethodCallExpression { Method.Name: "op_Implicit", Arguments: [var source] } => source,
                UnaryExpression { NodeType: ExpressionType.Convert } convert => convert.Operand,
                _ => null,
            };
        }

        protected override Expression VisitConstant(ConstantExpression node) => node.Value switch
        {
            Instant instant => Expression.Constant(Mapping.Format(instant), typeof(string)),
            LocalDate date => Expression.Constant(Mapping.Format(date), typeof(string)),
            null when IsTime(node.Type) => Expression.Constant(null, typeof(string)),
            _ => node,
        };

        protected override Expression VisitUnary(UnaryExpression node)
        {
            // (Instant?)s.RegisteredAt and the like: the stored string stands for both. Ardalis keeps every ordering key
            // as (object)s.Member: unboxed, the key is the member Cosmos LINQ orders by.
            if (node.NodeType == ExpressionType.Convert && ((IsTime(node.Type) && IsTime(node.Operand.Type)) || node.Type == typeof(object)))
            {
                return Visit(node.Operand);
            }

            return base.VisitUnary(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (!IsTime(node.Left.Type) && !IsTime(node.Right.Type))
            {
                return base.VisitBinary(node);
            }

            var left = Visit(node.Left);
            var right = Visit(node.Right);
            if (left.Type != typeof(string) || right.Type != typeof(string))
            {
                throw new NotSupportedException($"The Cosmos DB store cannot translate '{node}': compare a date or instant member with a value.");
            }

            return node.NodeType switch
            {
                ExpressionType.Equal => Expression.Equal(left, right),
                ExpressionType.NotEqual => Expression.NotEqual(left, right),
                ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual =>
                    Expression.MakeBinary(node.NodeType, Expression.Call(left, s_compareTo, right), Expression.Constant(0)),
                _ => throw new NotSupportedException($"The Cosmos DB store cannot translate '{node}'."),
            };
        }
    }
}
