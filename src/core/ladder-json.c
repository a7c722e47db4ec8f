/* SPDX-License-Identifier: GPL-3.0-or-later
 * A strict reading of JSON (RFC 8259) before json-glib parses it. json-glib accepts more than
 * JSON ("0x3", "03", single quotes) and changes some of what it accepts on the way ("\u0000" cuts
 * a string, the first of two members with one name is dropped, an integer beyond 64 bits becomes
 * -1); a file Ladder reads has to be one it can write back as it was, so all of that is refused
 * here, with the line and column. */
#define G_LOG_DOMAIN "ladder-json"

#include "config.h"

#include <errno.h>
#include "ladder-i18n.h"
#include <stdlib.h>
#include <string.h>

#include "ladder-json.h"
#include "ladder-profile.h"

typedef struct
{
  const char *data;
  gsize length;
  gsize at;
  int depth;
  GError **error;
  /* Members of the outermost object whose values are wanted, and where each value lies. */
  const char * const *wanted;
  gsize *starts;
  gsize *ends;
  /* Per depth, the names of the object being read there, each ended by a NUL: most objects
   * have a few members, so they are compared in a row rather than hashed, without allocating. */
  GString *seen[LADDER_MAX_DEPTH + 2];
} Reader;

#define LADDER_JSON_FEW_MEMBERS 16

/**
 * ladder_json_position:
 *
 * The line and column (counted in characters, from 1) of a byte offset, for messages a person
 * can act on.
 */
void
ladder_json_position (const char *data,
                      gsize       offset,
                      guint      *line,
                      guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
refuse (Reader     *r,
        gsize       at,
        const char *reason)
{
  guint line, column;

  ladder_json_position (r->data, MIN (at, r->length), &line, &column);
  g_set_error (r->error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_NOT_JSON,
               _("This is not a valid JSON file: line %u, column %u: %s"), line, column, reason);
  return FALSE;
}

static void
skip_space (Reader *r)
{
  while (r->at < r->length)
    {
      char c = r->data[r->at];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      r->at++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Reader  *r,
           guint32 *value)
{
  *value = 0;
  if (r->at + 4 > r->length)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (r->data[r->at + i]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + digit;
    }
  r->at += 4;
  return TRUE;
}

/* A string; its text, unescaped, goes into @text when that is not NULL (member names). */
static gboolean
read_string (Reader  *r,
             GString *text)
{
  gsize start = r->at;

  r->at++; /* the opening quote */
  while (r->at < r->length)
    {
      guchar c = r->data[r->at];

      if (c == '"')
        {
          r->at++;
          return TRUE;
        }
      if (c < 0x20)
        return refuse (r, r->at, _("a control character in a string must be written as an "
                                   "escape"));
      if (c != '\\')
        {
          if (text != NULL)
            g_string_append_c (text, c);
          r->at++;
          continue;
        }
      if (r->at + 1 >= r->length)
        break;
      r->at++;
      switch (r->data[r->at])
        {
        case '"': case '\\': case '/':
          if (text != NULL)
            g_string_append_c (text, r->data[r->at]);
          r->at++;
          break;
        case 'b': case 'f': case 'n': case 'r': case 't':
          if (text != NULL)
            g_string_append_c (text, "\b\f\n\r\t"[strchr ("bfnrt", r->data[r->at]) - "bfnrt"]);
          r->at++;
          break;
        case 'u':
          {
            gsize escape = r->at - 1;
            guint32 unit, low;

            r->at++;
            if (!read_hex4 (r, &unit))
              return refuse (r, escape, _("“\\u” must be followed by four hexadecimal digits"));
            if (unit == 0)
              return refuse (r, escape, _("“\\u0000” (a NUL character) cannot be kept in text"));
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return refuse (r, escape, _("a lone surrogate (“\\uDC00”–“\\uDFFF”) is not a "
                                          "character"));
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                if (r->at + 2 > r->length || r->data[r->at] != '\\' ||
                    r->data[r->at + 1] != 'u')
                  return refuse (r, escape, _("a lone surrogate (“\\uD800”–“\\uDBFF”) is not a "
                                              "character"));
                r->at += 2;
                if (!read_hex4 (r, &low) || low < 0xDC00 || low > 0xDFFF)
                  return refuse (r, escape, _("a lone surrogate (“\\uD800”–“\\uDBFF”) is not a "
                                              "character"));
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              }
            if (text != NULL)
              g_string_append_unichar (text, unit);
            break;
          }
        default:
          return refuse (r, r->at - 1, _("this escape is not one JSON knows"));
        }
    }
  return refuse (r, start, _("the text ends inside this string"));
}

static gboolean
read_number (Reader *r)
{
  gsize start = r->at;
  gboolean whole = TRUE;

  if (r->data[r->at] == '-')
    r->at++;
  if (r->at >= r->length || !g_ascii_isdigit (r->data[r->at]))
    return refuse (r, start, _("a number was expected"));
  if (r->data[r->at] == '0' && r->at + 1 < r->length && g_ascii_isalnum (r->data[r->at + 1]) &&
      r->data[r->at + 1] != 'e' && r->data[r->at + 1] != 'E')
    return refuse (r, start, _("a number may not start with a zero, nor be written in hex"));
  while (r->at < r->length && g_ascii_isdigit (r->data[r->at]))
    r->at++;
  if (r->at < r->length && r->data[r->at] == '.')
    {
      whole = FALSE;
      r->at++;
      if (r->at >= r->length || !g_ascii_isdigit (r->data[r->at]))
        return refuse (r, start, _("a number needs digits after its point"));
      while (r->at < r->length && g_ascii_isdigit (r->data[r->at]))
        r->at++;
    }
  if (r->at < r->length && (r->data[r->at] == 'e' || r->data[r->at] == 'E'))
    {
      whole = FALSE;
      r->at++;
      if (r->at < r->length && (r->data[r->at] == '+' || r->data[r->at] == '-'))
        r->at++;
      if (r->at >= r->length || !g_ascii_isdigit (r->data[r->at]))
        return refuse (r, start, _("a number needs digits in its exponent"));
      while (r->at < r->length && g_ascii_isdigit (r->data[r->at]))
        r->at++;
    }
  if (r->at < r->length && (g_ascii_isalpha (r->data[r->at]) || r->data[r->at] == '_'))
    return refuse (r, start, _("a number was expected"));
  if (whole)
    {
      g_autofree char *digits = g_strndup (r->data + start, r->at - start);
      char *end;

      errno = 0;
      g_ascii_strtoll (digits, &end, 10);
      if (errno == ERANGE)
        return refuse (r, start, _("this whole number is too large to be kept exactly"));
    }
  return TRUE;
}

static gboolean read_value (Reader *r);

static gboolean
enter (Reader *r)
{
  if (++r->depth > LADDER_MAX_DEPTH)
    {
      guint line, column;

      ladder_json_position (r->data, r->at, &line, &column);
      g_set_error (r->error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_TOO_LARGE,
                   _("The file is nested more than %d levels deep (line %u, column %u)"),
                   LADDER_MAX_DEPTH, line, column);
      return FALSE;
    }
  r->at++;
  skip_space (r);
  return TRUE;
}

static gboolean
read_object (Reader *r)
{
  g_autoptr (GHashTable) names = NULL;
  GString *seen;
  guint count = 0;
  int wanted;

  if (!enter (r))
    return FALSE;
  if (r->at < r->length && r->data[r->at] == '}')
    {
      r->at++;
      r->depth--;
      return TRUE;
    }
  if (r->seen[r->depth] == NULL)
    r->seen[r->depth] = g_string_new (NULL);
  seen = r->seen[r->depth];
  g_string_truncate (seen, 0);
  for (;;)
    {
      gsize name_at = r->at;
      gsize start = seen->len;
      const char *name;
      gboolean twice = FALSE;

      if (r->at >= r->length || r->data[r->at] != '"')
        return refuse (r, r->at, _("a member name in double quotes was expected"));
      if (!read_string (r, seen))
        return FALSE;
      name = seen->str + start;
      if (names != NULL)
        twice = !g_hash_table_add (names, g_strdup (name));
      else
        for (gsize at = 0; at < start && !twice; at += strlen (seen->str + at) + 1)
          twice = strcmp (seen->str + at, name) == 0;
      if (twice)
        {
          g_autofree char *reason = g_strdup_printf (_("the member “%s” appears twice in one "
                                                       "object"), name);

          return refuse (r, name_at, reason);
        }
      g_string_append_c (seen, '\0');
      name = seen->str + start; /* the text may have moved */
      /* Many members: from here on they are hashed. */
      if (++count == LADDER_JSON_FEW_MEMBERS)
        {
          names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (gsize at = 0; at < seen->len; at += strlen (seen->str + at) + 1)
            g_hash_table_add (names, g_strdup (seen->str + at));
        }
      skip_space (r);
      if (r->at >= r->length || r->data[r->at] != ':')
        return refuse (r, r->at, _("“:” was expected after the member name"));
      r->at++;
      skip_space (r);
      wanted = -1;
      for (int i = 0; r->depth == 1 && r->wanted != NULL && r->wanted[i] != NULL; i++)
        if (strcmp (r->wanted[i], name) == 0)
          {
            wanted = i;
            r->starts[i] = r->at;
          }
      if (!read_value (r))
        return FALSE;
      if (wanted >= 0)
        r->ends[wanted] = r->at;
      skip_space (r);
      if (r->at < r->length && r->data[r->at] == ',')
        {
          r->at++;
          skip_space (r);
          continue;
        }
      if (r->at < r->length && r->data[r->at] == '}')
        {
          r->at++;
          r->depth--;
          return TRUE;
        }
      return refuse (r, r->at, _("“,” or “}” was expected"));
    }
}

static gboolean
read_array (Reader *r)
{
  if (!enter (r))
    return FALSE;
  if (r->at < r->length && r->data[r->at] == ']')
    {
      r->at++;
      r->depth--;
      return TRUE;
    }
  for (;;)
    {
      if (!read_value (r))
        return FALSE;
      skip_space (r);
      if (r->at < r->length && r->data[r->at] == ',')
        {
          r->at++;
          continue;
        }
      if (r->at < r->length && r->data[r->at] == ']')
        {
          r->at++;
          r->depth--;
          return TRUE;
        }
      return refuse (r, r->at, _("“,” or “]” was expected"));
    }
}

static gboolean
no_value (Reader *r)
{
  return refuse (r, r->at, _("a value was expected (text in double quotes, a number, true, "
                             "false, null, a list or an object)"));
}

static gboolean
read_word (Reader     *r,
           const char *word)
{
  gsize n = strlen (word);

  if (r->at + n > r->length || memcmp (r->data + r->at, word, n) != 0 ||
      (r->at + n < r->length && g_ascii_isalnum (r->data[r->at + n])))
    return no_value (r);
  r->at += n;
  return TRUE;
}

static gboolean
read_value (Reader *r)
{
  skip_space (r);
  if (r->at >= r->length)
    return refuse (r, r->at, _("the text ends where a value was expected"));
  switch (r->data[r->at])
    {
    case '{': return read_object (r);
    case '[': return read_array (r);
    case '"': return read_string (r, NULL);
    case 't': return read_word (r, "true");
    case 'f': return read_word (r, "false");
    case 'n': return read_word (r, "null");
    default:
      if (r->data[r->at] == '-' || g_ascii_isdigit (r->data[r->at]))
        return read_number (r);
      /* Nothing at all where a value belongs ("[,]", "{"a":}") is refused too. */
      return no_value (r);
    }
}

/* One JSON value and nothing else. */
static gboolean
check_whole (Reader *r)
{
  skip_space (r);
  if (r->at >= r->length)
    {
      g_set_error_literal (r->error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_NOT_JSON,
                           _("The file is empty"));
      return FALSE;
    }
  if (!read_value (r))
    return FALSE;
  skip_space (r);
  if (r->at < r->length)
    return refuse (r, r->at, _("there is more text after the end of the JSON value"));
  return TRUE;
}

/**
 * ladder_json_check:
 * @data: UTF-8 text
 *
 * Whether @data is one JSON value and nothing else, in JSON's strict grammar, that json-glib
 * will read without changing it.
 */
gboolean
ladder_json_check (const char *data,
                   gsize       length,
                   GError    **error)
{
  return ladder_json_check_find (data, length, NULL, NULL, error);
}

/**
 * ladder_json_check_find:
 * @wanted: (nullable): names of members of the outermost object, %NULL-terminated
 * @values: (out caller-allocates) (nullable): one node per name, %NULL where the member is absent
 *
 * ladder_json_check(), and the values of a few members of the outermost object, read without
 * building the rest: the store lists profiles by name this way.
 */
gboolean
ladder_json_check_find (const char         *data,
                        gsize               length,
                        const char * const *wanted,
                        JsonNode          **values,
                        GError            **error)
{
  guint n = wanted != NULL ? g_strv_length ((char **) wanted) : 0;
  g_autofree gsize *starts = g_new0 (gsize, n + 1);
  g_autofree gsize *ends = g_new0 (gsize, n + 1);
  Reader r = { data, length, 0, 0, error, wanted, starts, ends, { NULL, } };
  gboolean ok;

  for (guint i = 0; i < n; i++)
    values[i] = NULL;
  ok = check_whole (&r);
  for (guint i = 0; i < G_N_ELEMENTS (r.seen); i++)
    if (r.seen[i] != NULL)
      g_string_free (r.seen[i], TRUE);
  if (!ok)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (ends[i] > starts[i])
      {
        g_autofree char *text = g_strndup (data + starts[i], ends[i] - starts[i]);

        /* The strict reading above has passed: this small value parses. */
        values[i] = json_from_string (text, NULL);
      }
  return TRUE;
}


/* ---- Reading members: one toolkit, one wording, for profiles and frameworks ------------ */

gboolean
ladder_json_read_object (JsonObject  *parent,
             const char  *member,
             const char  *path,
             gboolean     required,
             JsonObject **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
ladder_json_read_array (JsonObject  *parent,
            const char  *member,
            const char  *path,
            guint        max_length,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be a list"), path);
  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max_length)
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                 dngettext (GETTEXT_PACKAGE, "“%s” has more than %u entry",
                            "“%s” has more than %u entries", max_length),
                 path, max_length);
  return TRUE;
}

gboolean
ladder_json_read_string (JsonObject  *object,
             const char  *member,
             const char  *path,
             gboolean     required,
             glong        max_chars,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  g_assert (*out == NULL);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be text"), path);
  value = json_node_get_string (node);
  if (!g_utf8_validate (value, -1, NULL))
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON, _("“%s” is not valid UTF-8 text"), path);
  if (g_utf8_strlen (value, -1) > max_chars)
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                 dngettext (GETTEXT_PACKAGE, "“%s” is longer than %ld character",
                            "“%s” is longer than %ld characters", max_chars),
                 path, max_chars);
  *out = g_strdup (value);
  return TRUE;
}

static gboolean
fail_range (GError    **error,
            const char *path,
            char       *value,
            gint64      min,
            gint64      max)
{
  g_autofree char *owned = value;
  g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
  g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

  return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_OUT_OF_RANGE,
               /* Translators: "“skills[3].current” is 7, but it must be from 0 to 5" */
               _("“%s” is %s, but it must be from %s to %s"), path, owned, low, high);
}

gboolean
ladder_json_read_int (JsonObject *object,
          const char *member,
          const char *path,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out,
          GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      if (d < (double) min || d > (double) max)
        return fail_range (error, path, g_strdup_printf ("%g", d), min, max);
      if (d != (double) (gint64) d)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                     _("“%s” is %g, but it must be a whole number"), path, d);
      value = (gint64) d;
    }
  else
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                 _("“%s” must be a whole number"), path);

  if (value < min || value > max)
    return fail_range (error, path, g_strdup_printf ("%" G_GINT64_FORMAT, value), min, max);
  *out = value;
  return TRUE;
}

gboolean
ladder_json_read_bool (JsonObject *object,
           const char *member,
           const char *path,
           gboolean   *out,
           GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be true or false"), path);
  *out = json_node_get_boolean (node);
  return TRUE;
}
