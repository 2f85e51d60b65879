#include "storage/IntegrityCheck.h"
