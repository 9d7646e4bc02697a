using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Walks a configuration section against the options type it binds to and lists every key that is
/// unknown, of the wrong type, or a value where a section belongs (and the reverse), all at once: the
/// binder stops at the first. No message echoes a value (a mistyped key may hold a secret).
/// </summary>
public static class ConfigurationTypeCheck
{
    public static IReadOnlyList<string> Errors(IConfigurationSection section, Type type)
    {
        var errors = new List<string>();
        Walk(section, type, errors);
        return errors;
    }

    private static void Walk(IConfigurationSection section, Type type, List<string> errors)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var children = section.GetChildren().ToList();
        if (IsScalar(target))
        {
            if (children.Count > 0)
            {
                errors.Add(section.Key.ToLowerInvariant() is "xpath" or "header" ? Texts.OptionTexts.ColonInKey(section.Path).ToString() : Texts.OptionTexts.NotAValue(section.Path, Texts.OptionTexts.Expected(target)).ToString());
            }
            else if (section.Value is { Length: > 0 } value && !Converts(target, value))
            {
                errors.Add(Texts.OptionTexts.WrongType(section.Path, Texts.OptionTexts.Expected(target)).ToString());
            }

            return;
        }

        if (!string.IsNullOrEmpty(section.Value))
        {
            // A value where a section belongs (also beside its keys, from --set or the environment): never silently dropped.
            errors.Add(Texts.OptionTexts.NotASection(section.Path, ElementType(target) is null ? Properties(target).Select(p => p.Name) : ["…"]).ToString());
        }

        if (children.Count == 0)
        {
            return;
        }

        if (ElementType(target) is { } element)
        {
            foreach (var child in children)
            {
                if (!IsDictionary(target) && !int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add(Texts.OptionTexts.WrongType(child.Path, Texts.OptionTexts.ListIndex).ToString());
                    continue;
                }

                Walk(child, element, errors);
            }

            return;
        }

        var properties = Properties(target).ToList();
        foreach (var child in children)
        {
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                errors.Add(Texts.OptionTexts.UnknownKey(child.Path, properties.Select(p => p.Name)).ToString());
                continue;
            }

            Walk(child, property.PropertyType, errors);
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.CanWrite || ElementType(p.PropertyType) is not null));

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid);

    private static bool Converts(Type type, string value)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null || !type.IsValueType;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static bool IsDictionary(Type type) =>
        type.IsGenericType && type.GetGenericArguments().Length == 2 && typeof(IDictionary).IsAssignableFrom(type);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (IsDictionary(type))
        {
            return type.GetGenericArguments()[1];
        }

        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
    }
}
