/* SPDX-License-Identifier: GPL-3.0-or-later
 * Reads the "competency matrix" most companies keep their ladder in, saved as CSV: competencies
 * down the side (maybe with a group and a description column), levels across the top, a
 * paragraph in each cell. What it understands becomes a framework in the documented JSON form,
 * read back by the same strict reader as any framework file. Cells are only ever text: a
 * formula ("=HYPERLINK(…)") is kept as the text it is, never evaluated. */
#define G_LOG_DOMAIN "ladder-framework-csv"

#include "config.h"

#include <string.h>

#include "ladder-i18n.h"

#include "ladder-format.h"
#include "ladder-framework-csv.h"
#include "ladder-profile.h"

struct _LadderCsv
{
  GPtrArray *rows; /* GPtrArray of char* cells, trimmed */
  guint n_columns;
  char separator;
};

/* Returns: (transfer full): a column as a spreadsheet names it: A … Z, AA … */
char *
ladder_csv_column_letter (guint column)
{
  char buffer[8];
  int at = sizeof buffer - 1;

  buffer[at] = '\0';
  column++;
  while (column > 0 && at > 0)
    {
      buffer[--at] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  return g_strdup (buffer + at);
}

void
ladder_csv_free (LadderCsv *csv)
{
  if (csv == NULL)
    return;
  g_ptr_array_unref (csv->rows);
  g_free (csv);
}

/* The separator is what the first line holds most of outside quotes: a comma, a semicolon (what
 * spreadsheets in Russian and many European locales save) or a tab. */
static char
guess_separator (const char *data,
                 gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == '\t')
        tabs++;
    }
  if (tabs > commas && tabs > semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

static void
end_cell (GPtrArray *row,
          GString   *cell)
{
  g_ptr_array_add (row, g_strstrip (g_strdup (cell->str)));
  g_string_truncate (cell, 0);
}

static gboolean
row_is_empty (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    if (*(char *) row->pdata[i] != '\0')
      return FALSE;
  return TRUE;
}

/**
 * ladder_csv_parse:
 *
 * Reads CSV as RFC 4180 writes it and spreadsheets save it: comma, semicolon or tab between
 * cells, quotes around cells with separators, quotes ("") or line breaks inside; UTF-8 with or
 * without a byte order mark; CRLF or LF. Empty rows are skipped; rows may be ragged.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with a reason naming the row
 */
LadderCsv *
ladder_csv_parse (const char *data,
                  gsize       length,
                  GError    **error)
{
  g_autoptr (LadderCsv) csv = g_new0 (LadderCsv, 1);
  g_autoptr (GString) cell = g_string_new (NULL);
  g_autoptr (GPtrArray) row = NULL;
  const char *end;
  gboolean quoted = FALSE, was_quoted = FALSE;
  guint line = 1, quote_line = 0;

  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (length > LADDER_CSV_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size (LADDER_CSV_MAX_BYTES);

      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              _("The file is too large for a ladder (the limit is %s)"), limit);
      return NULL;
    }
  if (length >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe) &&
      ((guchar) data[1] == 0xfe || (guchar) data[1] == 0xff))
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON,
              _("The file is saved as UTF-16; save it from the spreadsheet as “CSV UTF-8”"));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON,
              _("This is not a text file: it holds zero bytes, as pictures and programs do"));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate (data, length, &end))
    {
      guint bad_line = 1;

      for (const char *p = data; p < end; p++)
        if (*p == '\n')
          bad_line++;
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON,
              _("Line %u is not UTF-8 text; save the file from the spreadsheet as “CSV UTF-8”"),
              bad_line);
      return NULL;
    }

  csv->separator = guess_separator (data, length);
  row = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';

      if (quoted)
        {
          if (i == length)
            {
              ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON,
                      _("A quoted cell that starts on line %u is never closed"), quote_line);
              return NULL;
            }
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (cell, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            continue;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (cell, c);
            }
          continue;
        }
      if (c == '"' && !was_quoted && strspn (cell->str, " ") == cell->len)
        {
          g_string_truncate (cell, 0);
          quoted = was_quoted = TRUE;
          quote_line = line;
        }
      else if (c == csv->separator)
        {
          end_cell (row, cell);
          was_quoted = FALSE;
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          line++;
          end_cell (row, cell);
          was_quoted = FALSE;
          if (!row_is_empty (row))
            {
              if (row->len > LADDER_CSV_MAX_COLUMNS)
                {
                  ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                          ngettext ("Line %u has more columns than a ladder can have (at most "
                                    "%u)",
                                    "Line %u has more columns than a ladder can have (at most "
                                    "%u)",
                                    LADDER_CSV_MAX_COLUMNS),
                          line - 1, LADDER_CSV_MAX_COLUMNS);
                  return NULL;
                }
              csv->n_columns = MAX (csv->n_columns, row->len);
              g_ptr_array_add (csv->rows, g_steal_pointer (&row));
              /* A header and at most the competencies a ladder can have, with room to say how
               * many there were. */
              if (csv->rows->len > 100000)
                break;
            }
          g_clear_pointer (&row, g_ptr_array_unref);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (cell, c);
    }

  if (csv->rows->len == 0)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }
  return g_steal_pointer (&csv);
}

guint
ladder_csv_get_n_rows (LadderCsv *csv)
{
  return csv->rows->len;
}

guint
ladder_csv_get_n_columns (LadderCsv *csv)
{
  return csv->n_columns;
}

/* Returns: (transfer none): the cell, "" where a ragged row has none */
const char *
ladder_csv_get_cell (LadderCsv *csv,
                     guint      row,
                     guint      column)
{
  GPtrArray *cells;

  if (row >= csv->rows->len)
    return "";
  cells = csv->rows->pdata[row];
  return column < cells->len ? cells->pdata[column] : "";
}

char
ladder_csv_get_separator (LadderCsv *csv)
{
  return csv->separator;
}

/* Whether the file is JSON (a framework file) rather than CSV. */
gboolean
ladder_csv_looks_like_json (const char *data,
                            gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && data[i] == '{';
}

void
ladder_csv_shape_free (LadderCsvShape *shape)
{
  if (shape == NULL)
    return;
  g_free (shape->roles);
  g_free (shape->name);
  g_free (shape->track_title);
  g_free (shape->management_title);
  g_free (shape);
}

guint
ladder_csv_shape_count (const LadderCsvShape *shape,
                        LadderColumnRole      role)
{
  guint n = 0;

  for (guint i = 0; i < shape->n_columns; i++)
    n += shape->roles[i] == role;
  return n;
}

/* Returns: the first column with @role, or -1 */
int
ladder_csv_shape_find (const LadderCsvShape *shape,
                       LadderColumnRole      role)
{
  for (guint i = 0; i < shape->n_columns; i++)
    if (shape->roles[i] == role)
      return (int) i;
  return -1;
}

static gboolean
header_says (const char         *header,
             const char * const *words)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether the column's cells below the header repeat, as a group's do (a group column exported
 * from merged cells is mostly empty; the rest repeat). */
static gboolean
repeats (LadderCsv *csv,
         guint      column)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint filled = 0;

  for (guint row = 1; row < csv->rows->len; row++)
    {
      const char *cell = ladder_csv_get_cell (csv, row, column);

      if (*cell == '\0')
        continue;
      if (g_utf8_strlen (cell, -1) > 80)
        return FALSE;
      filled++;
      g_hash_table_add (seen, (gpointer) cell);
    }
  return filled > 0 && g_hash_table_size (seen) < csv->rows->len - 1;
}

/**
 * ladder_csv_detect_shape:
 * @name: the ladder's name (the file's, say)
 *
 * Guesses the usual shape from the header row: the column that names competencies, a group
 * column, a description column; every other titled column is a level, from the lowest, all on
 * one track. The person (or the command line's options) corrects what is wrong.
 *
 * Returns: (transfer full): what was understood
 */
LadderCsvShape *
ladder_csv_detect_shape (LadderCsv  *csv,
                         const char *name)
{
  /* Words of headers in English, Russian and Chinese spreadsheets, case-folded. */
  static const char * const name_words[] = {
    "competenc", "skill", "name", "компетенц", "навык", "название", "能力", "技能", "名称",
    "素质", NULL
  };
  static const char * const group_words[] = {
    "group", "categor", "pillar", "area", "dimension", "theme", "cluster", "группа",
    "категори", "направлени", "область", "блок", "分类", "类别", "维度", "领域", "组", NULL
  };
  static const char * const description_words[] = {
    "descri", "definition", "meaning", "описание", "определение", "描述", "说明", "定义", NULL
  };
  LadderCsvShape *shape = g_new0 (LadderCsvShape, 1);
  int name_column = -1;

  shape->n_columns = csv->n_columns;
  shape->roles = g_new0 (LadderColumnRole, shape->n_columns);
  shape->name = g_strdup (name != NULL && *name != '\0' ? name : _("Company ladder"));

  for (guint column = 0; column < shape->n_columns && name_column < 0; column++)
    if (header_says (ladder_csv_get_cell (csv, 0, column), name_words) &&
        !header_says (ladder_csv_get_cell (csv, 0, column), group_words))
      name_column = (int) column;
  for (guint column = 0; column < shape->n_columns; column++)
    {
      const char *header = ladder_csv_get_cell (csv, 0, column);

      if ((int) column == name_column)
        shape->roles[column] = LADDER_COLUMN_NAME;
      else if (header_says (header, description_words))
        shape->roles[column] = LADDER_COLUMN_DESCRIPTION;
      else if (header_says (header, group_words) &&
               ladder_csv_shape_find (shape, LADDER_COLUMN_GROUP) < 0)
        shape->roles[column] = LADDER_COLUMN_GROUP;
      else
        shape->roles[column] = LADDER_COLUMN_LEVEL;
    }
  if (name_column < 0)
    {
      /* No header says it: the first column that is not a group, unless the first repeats and
       * the second does not (a group column, untitled, left of the names). */
      guint first = ladder_csv_shape_find (shape, LADDER_COLUMN_GROUP) == 0 ? 1 : 0;

      if (first == 0 && shape->n_columns > 2 && repeats (csv, 0) && !repeats (csv, 1) &&
          ladder_csv_shape_find (shape, LADDER_COLUMN_GROUP) < 0)
        {
          shape->roles[0] = LADDER_COLUMN_GROUP;
          first = 1;
        }
      if (first < shape->n_columns)
        shape->roles[first] = LADDER_COLUMN_NAME;
    }
  /* Left of the names sit groups (often untitled, from merged cells) or numbers; never levels. */
  for (int column = 0; column < name_column; column++)
    if (shape->roles[column] == LADDER_COLUMN_LEVEL)
      shape->roles[column] = ladder_csv_shape_find (shape, LADDER_COLUMN_GROUP) < 0 &&
                                 (*ladder_csv_get_cell (csv, 0, column) == '\0' ||
                                  repeats (csv, column))
                               ? LADDER_COLUMN_GROUP
                               : LADDER_COLUMN_IGNORE;
  /* An untitled, empty column (a spreadsheet's trailing separator) is nothing. */
  for (guint column = 0; column < shape->n_columns; column++)
    if (shape->roles[column] == LADDER_COLUMN_LEVEL &&
        *ladder_csv_get_cell (csv, 0, column) == '\0')
      {
        gboolean empty = TRUE;

        for (guint row = 1; row < csv->rows->len && empty; row++)
          empty = *ladder_csv_get_cell (csv, row, column) == '\0';
        if (empty)
          shape->roles[column] = LADDER_COLUMN_IGNORE;
      }
  shape->track_title = g_strdup (_("Expert track"));
  shape->management_title = g_strdup (_("Management track"));
  return shape;
}

/* The skill level (1–5) of the @seniority-th step of a ladder with @n_steps steps: a ladder of
 * five or fewer takes levels from 1 up; a longer one spreads its steps over 1–5. */
static int
level_of (guint seniority,
          guint n_steps)
{
  if (n_steps <= LADDER_LEVEL_MAX)
    return (int) seniority + 1;
  return 1 + (int) (seniority * LADDER_LEVEL_MAX / n_steps);
}

typedef struct
{
  guint column;
  guint seniority;
  gboolean management;
  int level;
} Step;

/**
 * ladder_framework_new_from_csv:
 *
 * Builds the framework @shape describes: each competency (row) a skill, each level column a
 * rung that expects that level's skill level of every competency whose cell there has text,
 * each cell the competency's descriptor at that level. Nothing is half made: any problem is
 * refused with the row or column it is in.
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with the reason
 */
LadderFramework *
ladder_framework_new_from_csv (LadderCsv            *csv,
                               const LadderCsvShape *shape,
                               GError              **error)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GArray) steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_autoptr (GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) skill_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) skill_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *text = NULL;
  int name_column = ladder_csv_shape_find (shape, LADDER_COLUMN_NAME);
  int group_column = ladder_csv_shape_find (shape, LADDER_COLUMN_GROUP);
  guint n_expert = ladder_csv_shape_count (shape, LADDER_COLUMN_LEVEL);
  guint n_management = ladder_csv_shape_count (shape, LADDER_COLUMN_MANAGEMENT);
  guint n_steps, m = 0, e = 0;
  const char *current_group = NULL;
  gsize length;

  g_return_val_if_fail (shape->n_columns == csv->n_columns, NULL);

  if (csv->n_columns < 2)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("Only one column was found: a ladder needs a column of competencies and a "
                "column for each level (is the separator a comma, a semicolon or a tab?)"));
      return NULL;
    }
  if (name_column < 0)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("No column is chosen as the competencies’ names"));
      return NULL;
    }
  if (n_expert == 0)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("No column is chosen as a level: a ladder needs at least one"));
      return NULL;
    }
  if (n_expert > LADDER_CSV_MAX_LEVELS || n_management > LADDER_CSV_MAX_LEVELS)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              ngettext ("A track can have at most %u level; this one has more",
                        "A track can have at most %u levels; this one has more",
                        LADDER_CSV_MAX_LEVELS),
              LADDER_CSV_MAX_LEVELS);
      return NULL;
    }

  /* The levels: the first track's from the lowest; the management track's beside its top
   * ones (a team lead beside a senior, a director beside a principal). */
  n_steps = MAX (n_expert, n_management);
  for (guint column = 0; column < shape->n_columns; column++)
    {
      const char *header = ladder_csv_get_cell (csv, 0, column);
      g_autofree char *letter = ladder_csv_column_letter (column);
      Step step = { column, 0, FALSE, 0 };

      if (shape->roles[column] != LADDER_COLUMN_LEVEL &&
          shape->roles[column] != LADDER_COLUMN_MANAGEMENT)
        continue;
      if (*header == '\0')
        {
          ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
                  _("Column %s has no title in the first row: give it its level’s name, or "
                    "leave the column out"),
                  letter);
          return NULL;
        }
      if (g_utf8_strlen (header, -1) > 200)
        {
          ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                  _("The title of column %s is longer than 200 characters"), letter);
          return NULL;
        }
      step.management = shape->roles[column] == LADDER_COLUMN_MANAGEMENT;
      step.seniority = step.management ? (n_expert > n_management ? n_expert - n_management : 0) + m++
                                       : e++;
      step.level = level_of (step.seniority, n_steps);
      g_array_append_val (steps, step);
    }

  /* The competencies, each with its group (an empty group cell, as merged cells export, keeps
   * the one above). */
  for (guint row = 1; row < csv->rows->len; row++)
    {
      const char *name = ladder_csv_get_cell (csv, row, name_column);
      const char *group = group_column >= 0 ? ladder_csv_get_cell (csv, row, group_column) : "";
      g_autofree char *letter = ladder_csv_column_letter (name_column);
      guint group_index;
      gpointer first;

      if (*group != '\0')
        current_group = group;
      if (*name == '\0')
        {
          for (guint i = 0; i < steps->len; i++)
            if (*ladder_csv_get_cell (csv, row, g_array_index (steps, Step, i).column) != '\0')
              {
                ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
                        _("Row %u has levels but no competency name in column %s"), row + 1,
                        letter);
                return NULL;
              }
          continue;
        }
      if (g_utf8_strlen (name, -1) > 200)
        {
          ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                  _("Row %u: the competency’s name is longer than 200 characters"), row + 1);
          return NULL;
        }
      if (g_hash_table_lookup_extended (names, name, NULL, &first))
        {
          ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                  _("Row %u: the competency “%s” is listed twice (first in row %u)"), row + 1,
                  name, GPOINTER_TO_UINT (first));
          return NULL;
        }
      g_hash_table_insert (names, g_strdup (name), GUINT_TO_POINTER (row + 1));
      for (guint i = 0; i < steps->len; i++)
        {
          guint column = g_array_index (steps, Step, i).column;

          if (g_utf8_strlen (ladder_csv_get_cell (csv, row, column), -1) > LADDER_CSV_MAX_CELL)
            {
              g_autofree char *cell_letter = ladder_csv_column_letter (column);

              ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                      ngettext ("Row %u, column %s: a cell can hold at most %u character",
                                "Row %u, column %s: a cell can hold at most %u characters",
                                LADDER_CSV_MAX_CELL),
                      row + 1, cell_letter, LADDER_CSV_MAX_CELL);
              return NULL;
            }
        }

      if (current_group == NULL)
        current_group = group_column >= 0 ? _("Other") : _("Competencies");
      for (group_index = 0; group_index < groups->len; group_index++)
        if (g_str_equal (groups->pdata[group_index], current_group))
          break;
      if (group_index == groups->len)
        {
          if (g_utf8_strlen (current_group, -1) > 200)
            {
              ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                      _("Row %u: the group’s name is longer than 200 characters"), row + 1);
              return NULL;
            }
          g_ptr_array_add (groups, g_strdup (current_group));
        }
      g_array_append_val (skill_rows, row);
      g_array_append_val (skill_groups, group_index);
    }

  if (skill_rows->len == 0)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("No competencies were found below the first row"));
      return NULL;
    }
  if (skill_rows->len > LADDER_CSV_MAX_COMPETENCIES)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              ngettext ("The file has %u competency; a ladder can have at most 60",
                        "The file has %u competencies; a ladder can have at most 60",
                        skill_rows->len),
              skill_rows->len);
      return NULL;
    }
  if (groups->len > LADDER_CSV_MAX_GROUPS)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              ngettext ("The file has %u group; a ladder can have at most 10 (choose no group "
                        "column, or merge some)",
                        "The file has %u groups; a ladder can have at most 10 (choose no group "
                        "column, or merge some)",
                        groups->len),
              groups->len);
      return NULL;
    }

  ladder_framework_json_begin (builder, "company:new", shape->name);
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint g = 0; g < groups->len; g++)
    {
      g_autofree char *id = g_strdup_printf ("g%u", g + 1);

      ladder_framework_json_add_group (builder, id, groups->pdata[g]);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint s = 0; s < skill_rows->len; s++)
    {
      guint row = g_array_index (skill_rows, guint, s);
      g_autofree char *id = g_strdup_printf ("s%u", s + 1);
      g_autofree char *group = g_strdup_printf ("g%u", g_array_index (skill_groups, guint, s) + 1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, group);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, ladder_csv_get_cell (csv, row, name_column));
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (int level = 0; level <= LADDER_LEVEL_MAX; level++)
        {
          const char *words = "";

          /* A level several columns share (a long ladder, or a manager's column beside an
           * expert's) takes the words of the first track's lowest column at it; every cell is
           * also kept whole in its rung's expectations. */
          for (int management = 0; management <= 1 && *words == '\0'; management++)
            for (guint i = 0; i < steps->len && *words == '\0'; i++)
              {
                const Step *step = &g_array_index (steps, Step, i);

                if (step->level == level && step->management == (gboolean) management)
                  words = ladder_csv_get_cell (csv, row, step->column);
              }
          json_builder_add_string_value (builder, words);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tracks");
  json_builder_begin_array (builder);
  for (int management = 0; management <= 1; management++)
    {
      g_autofree int *expects = g_new0 (int, skill_rows->len);

      if (management && n_management == 0)
        break;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, management ? "management" : "expert");
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, management ? shape->management_title
                                                         : shape->track_title);
      json_builder_set_member_name (builder, "management");
      json_builder_add_boolean_value (builder, management);
      json_builder_set_member_name (builder, "rungs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < steps->len; i++)
        {
          const Step *step = &g_array_index (steps, Step, i);
          g_autofree char *id = g_strdup_printf ("r%u", step->column + 1);

          if (step->management != (gboolean) management)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, ladder_csv_get_cell (csv, 0, step->column));
          json_builder_set_member_name (builder, "seniority");
          json_builder_add_int_value (builder, step->seniority);
          {
            /* What the rung expects, competency by competency, in the company's words. */
            g_autoptr (GString) expectations = g_string_new (NULL);

            for (guint s = 0; s < skill_rows->len; s++)
              {
                guint row = g_array_index (skill_rows, guint, s);
                const char *cell = ladder_csv_get_cell (csv, row, step->column);

                if (*cell == '\0')
                  continue;
                if (expectations->len > 0)
                  g_string_append (expectations, "\n\n");
                /* Translators: one competency in a company rung's expectations:
                 * "Discovery: Runs interviews on their own" */
                g_string_append_printf (expectations, _("%s: %s"),
                                        ladder_csv_get_cell (csv, row, name_column), cell);
              }
            if (expectations->len > 0)
              {
                json_builder_set_member_name (builder, "expectations");
                json_builder_add_string_value (builder, expectations->str);
              }
          }
          json_builder_set_member_name (builder, "expects");
          json_builder_begin_object (builder);
          for (guint s = 0; s < skill_rows->len; s++)
            {
              g_autofree char *skill = g_strdup_printf ("s%u", s + 1);
              guint row = g_array_index (skill_rows, guint, s);

              /* An empty cell: the level does not ask more of this competency than the one
               * below it did. */
              if (*ladder_csv_get_cell (csv, row, step->column) != '\0')
                expects[s] = MAX (expects[s], step->level);
              json_builder_set_member_name (builder, skill);
              json_builder_add_int_value (builder, expects[s]);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return ladder_framework_new_from_data (text, length, error);
}
