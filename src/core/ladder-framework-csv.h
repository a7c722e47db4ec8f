/* SPDX-License-Identifier: GPL-3.0-or-later
 * A company's ladder from a spreadsheet saved as CSV: one row per competency, one column per
 * level. */
#pragma once

#include "ladder-framework.h"

G_BEGIN_DECLS

/* Limits of a ladder Ladder shows well (see docs/framework-format.md). */
#define LADDER_CSV_MAX_COMPETENCIES 60
#define LADDER_CSV_MAX_GROUPS 10
#define LADDER_CSV_MAX_LEVELS 12
#define LADDER_CSV_MAX_COLUMNS 40
#define LADDER_CSV_MAX_CELL 2000
#define LADDER_CSV_MAX_BYTES (8 * 1024 * 1024)

typedef enum
{
  LADDER_COLUMN_IGNORE,
  LADDER_COLUMN_NAME,
  LADDER_COLUMN_GROUP,
  LADDER_COLUMN_DESCRIPTION,
  LADDER_COLUMN_LEVEL,      /* a level of the first track */
  LADDER_COLUMN_MANAGEMENT, /* a level of the management track */
} LadderColumnRole;

typedef struct _LadderCsv LadderCsv;

typedef struct
{
  guint n_columns;
  LadderColumnRole *roles;
  char *name;            /* the ladder's name */
  char *track_title;     /* the first track's title */
  char *management_title;
} LadderCsvShape;

LadderCsv        *ladder_csv_parse              (const char          *data,
                                                 gsize                length,
                                                 GError             **error);
void              ladder_csv_free               (LadderCsv           *csv);
guint             ladder_csv_get_n_rows         (LadderCsv           *csv);
guint             ladder_csv_get_n_columns      (LadderCsv           *csv);
const char       *ladder_csv_get_cell           (LadderCsv           *csv,
                                                 guint                row,
                                                 guint                column);
char              ladder_csv_get_separator      (LadderCsv           *csv);
char             *ladder_csv_column_letter      (guint                column);

LadderCsvShape   *ladder_csv_detect_shape       (LadderCsv           *csv,
                                                 const char          *name);
void              ladder_csv_shape_free         (LadderCsvShape      *shape);
guint             ladder_csv_shape_count        (const LadderCsvShape *shape,
                                                 LadderColumnRole     role);
int               ladder_csv_shape_find         (const LadderCsvShape *shape,
                                                 LadderColumnRole     role);
LadderFramework  *ladder_framework_new_from_csv (LadderCsv           *csv,
                                                 const LadderCsvShape *shape,
                                                 GError             **error);
gboolean          ladder_csv_looks_like_json    (const char          *data,
                                                 gsize                length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderCsv, ladder_csv_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderCsvShape, ladder_csv_shape_free)

G_END_DECLS
