package oktatest

import "net/http"

// Okta's disaster recovery status answers in an envelope, {"status": [...]}, which the generic store does not
// know: the fake org's domains are never failed over.

func init() {
	hooks["getDRStatus"] = (*Server).drStatus
	hooks["getDRStatusForDomain"] = (*Server).drStatus
}

// drStatus answers GET /api/v1/dr/status and GET /api/v1/dr/status/{domain}: the domain asked for, or the
// org's own, is not failed over.
func (s *Server) drStatus(c *call, segs []string) (int, any, *apiError) {
	domain := c.r.Host
	if len(segs) > 4 {
		domain = segs[len(segs)-1]
	}
	return http.StatusOK, map[string]any{"status": []any{map[string]any{"domain": domain, "isFailedOver": false}}}, nil
}
