package okta

import (
	"encoding/json"
	"fmt"
)

// withMergePatch sets body, encoded as JSON, as a JSON merge patch (RFC 7396): the request body of the PATCH
// operations whose API description asks for application/merge-patch+json.
func (r *request) withMergePatch(body any) *request {
	r = r.withBody(body)
	if r.body == nil {
		return r
	}
	data, err := json.Marshal(r.body)
	if err != nil {
		if r.err == nil {
			r.err = fmt.Errorf("okta: encoding the request body: %w", err)
		}
		return r
	}
	r.body = &rawBody{contentType: "application/merge-patch+json", data: data}
	return r
}
