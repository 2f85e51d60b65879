#include "views/DealListQuery.h"
