#include "storage/SqliteStatement.h"
