using System.Collections;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Tests.Configuration;

/// <summary>
/// Every configuration key that holds a URL (a string property named <c>…Url</c> or <c>…Uri</c>),
/// found by walking <see cref="HarnessOptions"/>, so a URL key added later is tested without
/// touching the test. Dictionary keys are filled with <c>sample</c>, list items with <c>0</c>.
/// </summary>
internal static class UrlKeys
{
    public static IEnumerable<string> All() => Walk(typeof(HarnessOptions), HarnessOptions.SectionName, depth: 0).Distinct();

    private static IEnumerable<string> Walk(Type type, string path, int depth)
    {
        if (depth > 8)
        {
            yield break;
        }

        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            var key = $"{path}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(string))
            {
                if (property.Name.EndsWith("Url", StringComparison.Ordinal) || property.Name.EndsWith("Uri", StringComparison.Ordinal))
                {
                    yield return key;
                }
            }
            else if (ElementType(propertyType) is { } element)
            {
                var item = typeof(IDictionary).IsAssignableFrom(propertyType) ? "sample" : "0";
                foreach (var inner in Nested(element, $"{key}:{item}", depth))
                {
                    yield return inner;
                }
            }
            else
            {
                foreach (var inner in Nested(propertyType, key, depth))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> Nested(Type type, string path, int depth) =>
        type.IsClass && type.Namespace?.StartsWith("ChainHarness", StringComparison.Ordinal) == true ? Walk(type, path, depth + 1) : [];

    private static Type? ElementType(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : null;
}
