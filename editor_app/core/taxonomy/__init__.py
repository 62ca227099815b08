"""Categories and tags across the whole site: values that look alike and could be merged."""
