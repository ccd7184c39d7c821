package okta

// Ptr returns a pointer to v, for the optional fields of requests where the zero value must be sendable:
// okta.Ptr(false), okta.Ptr(0).
func Ptr[T any](v T) *T { return &v }
