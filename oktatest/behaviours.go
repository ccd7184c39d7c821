package oktatest

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Okta's behaviour on top of the generic store: user factors, group rules, authorization server keys and hook
// verification.

func init() {
	hooks["enrollFactor"] = (*Server).enrollFactor
	hooks["activateFactor"] = (*Server).activateFactor
	hooks["verifyFactor"] = (*Server).verifyFactor
	hooks["resetFactors"] = (*Server).resetFactors
	hooks["createGroupRule"] = (*Server).createGroupRule
	hooks["activateGroupRule"] = (*Server).activateGroupRule
	hooks["listAuthorizationServerKeys"] = (*Server).listAuthServerKeys
	hooks["rotateAuthorizationServerKeys"] = (*Server).rotateAuthServerKeys
	hooks["verifyEventHook"] = (*Server).verifyEventHook
	hooks["listInterclientAllowedApplications"] = (*Server).listInterclientAllowedApps
}

// DefaultPasscode is the one-time passcode that activates and verifies user factors unless WithPasscode sets
// another.
const DefaultPasscode = "123456"

// WithPasscode sets the one-time passcode that activates and verifies user factors (and the answer that
// verifies a security question); any other is Okta's E0000068.
func WithPasscode(code string) Option {
	return func(c *config) { c.passcode = code }
}

func errInvalidPasscode() *apiError {
	return &apiError{status: http.StatusForbidden, code: "E0000068", summary: "Invalid Passcode/Answer",
		causes: []string{"Your passcode doesn't match our records. Please try again."}}
}

// factorPrefixes gives factor IDs Okta's prefix for their type.
var factorPrefixes = map[string]string{
	"sms": "mbl", "call": "clf", "email": "emf", "question": "ufs", "push": "opf", "token:software:totp": "ost",
	"token:hotp": "uft", "token": "uft", "webauthn": "fwf", "u2f": "fuf", "token:hardware": "ykf",
}

// enrollFactor answers POST /api/v1/users/{userId}/factors: the factor as sent, PENDING_ACTIVATION until it is
// activated, or ACTIVE at once for a security question or with activate=true.
func (s *Server) enrollFactor(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	typ := str(body, "factorType")
	if typ == "" {
		return 0, nil, errValidation("factorType", "factorType: The factor type is required.")
	}
	if _, ok := body["provider"]; !ok {
		body["provider"] = "OKTA"
	}
	body["status"] = "PENDING_ACTIVATION"
	if typ == "question" || c.boolQuery("activate", false) {
		body["status"] = statusActive
	}
	prefix := factorPrefixes[typ]
	if prefix == "" {
		prefix = "mbl"
	}
	id, _ := s.newID(prefix)
	it := s.putItem(segs, id, body, c.now, false)
	return http.StatusOK, s.itemOut(join(segs)+"/"+id, it.obj), nil
}

// passcodeOf reads the passcode (or a security question's answer) of an activation or verification.
func (s *Server) passcodeOf(c *call) (string, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return "", err
	}
	if code := str(body, "passCode"); code != "" {
		return code, nil
	}
	return str(body, "answer"), nil
}

func (s *Server) passcode() string {
	if s.code != "" {
		return s.code
	}
	return DefaultPasscode
}

// activateFactor answers POST .../factors/{factorId}/lifecycle/activate: the passcode the test chose makes the
// factor ACTIVE.
func (s *Server) activateFactor(c *call, segs []string) (int, any, *apiError) {
	key := join(segs[:len(segs)-2])
	it := s.store.items[key]
	if str(it.obj, "status") == statusActive {
		return 0, nil, &apiError{status: http.StatusBadRequest, code: "E0000001", summary: "Api validation failed: factor",
			causes: []string{"The factor is already active."}}
	}
	code, err := s.passcodeOf(c)
	if err != nil {
		return 0, nil, err
	}
	if code != s.passcode() {
		return 0, nil, errInvalidPasscode()
	}
	obj := cloneMap(it.obj)
	obj["status"] = statusActive
	it = s.putItem(segs[:len(segs)-3], it.id, obj, c.now, true)
	return http.StatusOK, s.itemOut(key, it.obj), nil
}

// verifyFactor answers POST .../factors/{factorId}/verify: SUCCESS with the passcode the test chose, E0000068
// with another.
func (s *Server) verifyFactor(c *call, segs []string) (int, any, *apiError) {
	it := s.store.items[join(segs[:len(segs)-1])]
	if str(it.obj, "status") != statusActive {
		return 0, nil, &apiError{status: http.StatusBadRequest, code: "E0000001", summary: "Api validation failed: factor",
			causes: []string{"The factor is not active."}}
	}
	code, err := s.passcodeOf(c)
	if err != nil {
		return 0, nil, err
	}
	if code != s.passcode() {
		return 0, nil, errInvalidPasscode()
	}
	return http.StatusOK, map[string]any{"factorResult": "SUCCESS"}, nil
}

// resetFactors answers POST /api/v1/users/{userId}/lifecycle/reset_factors: the user's factors are unenrolled.
func (s *Server) resetFactors(c *call, segs []string) (int, any, *apiError) {
	s.store.purge(join(segs[:len(segs)-2]) + "/factors")
	return http.StatusOK, map[string]any{}, nil
}

// createGroupRule answers POST /api/v1/groups/rules: the rule as sent, INACTIVE until it is activated.
func (s *Server) createGroupRule(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	body["type"] = "group_rule"
	body["status"] = "INACTIVE"
	it := s.putItem(segs, "", body, c.now, false)
	return http.StatusOK, s.itemOut(join(segs)+"/"+it.id, it.obj), nil
}

// activateGroupRule answers POST /api/v1/groups/rules/{ruleId}/lifecycle/activate: the rule turns ACTIVE and
// assigns the users who match it to its groups.
func (s *Server) activateGroupRule(c *call, segs []string) (int, any, *apiError) {
	key := join(segs[:len(segs)-2])
	it := s.store.items[key]
	obj := cloneMap(it.obj)
	obj["status"] = statusActive
	it = s.putItem(segs[:len(segs)-3], it.id, obj, c.now, true)
	for _, u := range s.users {
		s.applyGroupRule(c, it.obj, u)
	}
	return http.StatusNoContent, nil, nil
}

// applyGroupRules assigns a user to the groups of every active group rule the user matches.
func (s *Server) applyGroupRules(c *call, u *user) {
	for _, it := range s.store.colls["/api/v1/groups/rules"] {
		if str(it.obj, "status") == statusActive {
			s.applyGroupRule(c, it.obj, u)
		}
	}
}

func (s *Server) applyGroupRule(c *call, rule map[string]any, u *user) {
	if u.status == statusDeprovisioned || !ruleMatches(rule, u) {
		return
	}
	actions := asObject(asObject(rule["actions"])["assignUserToGroups"])
	ids, _ := actions["groupIds"].([]any)
	for _, v := range ids {
		id, _ := v.(string)
		g := s.groupsByID[id]
		if g == nil || g.everyone || g.has(u.id) {
			continue
		}
		g.add(u.id, c.now)
		s.logEvent(c, "group.user_membership.add", "Add user to group membership",
			[]any{s.eventTarget("User", u.id), s.eventTarget("UserGroup", g.id)})
	}
}

// ruleClause is one comparison of a group rule's expression: user.<attribute> == or != "value".
var ruleClause = regexp.MustCompile(`^\(?\s*user\.([A-Za-z0-9_]+)\s*(==|!=)\s*["']([^"']*)["']\s*\)?$`)

// ruleMatches evaluates a group rule's conditions for a user: the expression (comparisons of user attributes
// with == and !=, joined by && or || and their AND and OR spellings; an empty expression matches everyone) and
// the users it excludes.
func ruleMatches(rule map[string]any, u *user) bool {
	cond := asObject(rule["conditions"])
	excluded, _ := asObject(asObject(cond["people"])["users"])["exclude"].([]any)
	if slices.Contains(excluded, any(u.id)) {
		return false
	}
	expr := strings.TrimSpace(str(asObject(cond["expression"]), "value"))
	if expr == "" {
		return true
	}
	expr = strings.NewReplacer(" OR ", "||", " or ", "||", " AND ", "&&", " and ", "&&").Replace(expr)
	for alt := range strings.SplitSeq(expr, "||") {
		all := true
		for clause := range strings.SplitSeq(alt, "&&") {
			m := ruleClause.FindStringSubmatch(strings.TrimSpace(clause))
			if m == nil {
				all = false
				break
			}
			got, _ := asString(u.profile[m[1]])
			if (got == m[3]) != (m[2] == "==") {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// authServerKeys returns the signing keys of an authorization server, making its first pair (ACTIVE and NEXT)
// when it has none.
func (s *Server) authServerKeys(segs []string, now time.Time) string {
	key := join(segs[:4]) + "/credentials/keys"
	if len(s.store.colls[key]) == 0 {
		s.newSigningKey(segs[:4], "ACTIVE", now)
		s.newSigningKey(segs[:4], "NEXT", now)
	}
	return key
}

func (s *Server) newSigningKey(server []string, status string, now time.Time) {
	coll := append(slices.Clone(server), "credentials", "keys")
	s.putItem(coll, s.ids.random(43), map[string]any{
		"status": status, "alg": "RS256", "e": "AQAB", "n": s.ids.random(342), "kty": "RSA", "use": "sig",
	}, now, true)
	it := s.store.colls[join(coll)][len(s.store.colls[join(coll)])-1]
	it.obj["kid"] = it.id
}

func (s *Server) keysOut(key string) []any {
	out := []any{}
	for _, it := range s.store.colls[key] {
		out = append(out, s.itemOut(key+"/"+it.id, it.obj))
	}
	return out
}

// listAuthServerKeys answers GET /api/v1/authorizationServers/{authServerId}/credentials/keys.
func (s *Server) listAuthServerKeys(c *call, segs []string) (int, any, *apiError) {
	return http.StatusOK, s.keysOut(s.authServerKeys(segs, c.now)), nil
}

// rotateAuthServerKeys answers POST .../credentials/lifecycle/keyRotate: the NEXT key becomes ACTIVE, the ACTIVE
// one EXPIRED, and a new NEXT key is made.
func (s *Server) rotateAuthServerKeys(c *call, segs []string) (int, any, *apiError) {
	key := s.authServerKeys(segs, c.now)
	for _, it := range s.store.colls[key] {
		switch str(it.obj, "status") {
		case "ACTIVE":
			it.obj = cloneMap(it.obj)
			it.obj["status"] = "EXPIRED"
		case "NEXT":
			it.obj = cloneMap(it.obj)
			it.obj["status"] = "ACTIVE"
		}
	}
	s.newSigningKey(segs[:4], "NEXT", c.now)
	return http.StatusOK, s.keysOut(key), nil
}

// verifyEventHook answers POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify: the hook is VERIFIED (the
// fake calls no endpoint).
func (s *Server) verifyEventHook(c *call, segs []string) (int, any, *apiError) {
	key := join(segs[:4])
	it := s.store.items[key]
	obj := cloneMap(it.obj)
	obj["verificationStatus"] = "VERIFIED"
	it = s.putItem(segs[:3], it.id, obj, c.now, true)
	return http.StatusOK, s.itemOut(key, it.obj), nil
}

func init() {
	hooks["linkUserToIdentityProvider"] = (*Server).linkIdPUser
}

// linkIdPUser answers POST /api/v1/idps/{idpId}/users/{userId}: the user, who must exist, is linked to the IdP
// under the externalId sent.
func (s *Server) linkIdPUser(c *call, segs []string) (int, any, *apiError) {
	body, err := readObject(c)
	if err != nil {
		return 0, nil, err
	}
	u := s.findUser(segs[5])
	if u == nil {
		return 0, nil, errNotFound(segs[5], "User")
	}
	obj := map[string]any{"externalId": str(body, "externalId"), "profile": map[string]any{},
		"_links": map[string]any{"self": s.href(join(segs[:5]), u.id), "idp": s.href(join(segs[:4])),
			"user": s.href("/api/v1/users", u.id)}}
	if old := s.store.items[join(segs[:5])+"/"+u.id]; old != nil {
		obj["created"] = old.obj["created"]
	}
	it := s.putItem(segs[:5], u.id, obj, c.now, true)
	return http.StatusOK, s.itemOut(join(segs[:5])+"/"+u.id, it.obj), nil
}

// listInterclientAllowedApps answers GET /api/v1/apps/{appId}/interclient-allowed-apps: the IDs of the apps
// mapped to the target app, a list of strings rather than of objects.
func (s *Server) listInterclientAllowedApps(_ *call, segs []string) (int, any, *apiError) {
	ids := []string{}
	for _, it := range s.store.colls[join(segs)] {
		ids = append(ids, it.id)
	}
	return http.StatusOK, ids, nil
}
