package oktatest

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// eventSpec says which System Log event a successful operation records: its type, its message, and the targets
// it names, as "User", "Group", "AppInstance" read from the path parameter or from the answer's id.
type eventSpec struct {
	typ, message string
	targets      []eventTarget
}

// eventTarget names a target of an event: its Okta type and where its ID comes from (a path segment's index,
// or -1 for the id of the answer).
type eventTarget struct {
	typ string
	seg int
}

var (
	userFromPath  = eventTarget{"User", 3}
	userFromBody  = eventTarget{"User", -1}
	groupFromPath = eventTarget{"UserGroup", 3}
	appFromPath   = eventTarget{"AppInstance", 3}
)

// events lists the operations that record System Log events, the way Okta records them.
var events = map[string]eventSpec{
	"createUser":                  {"user.lifecycle.create", "Create okta user", []eventTarget{userFromBody}},
	"activateUser":                {"user.lifecycle.activate", "Activate Okta user", []eventTarget{userFromPath}},
	"reactivateUser":              {"user.lifecycle.reactivate", "Reactivate Okta user", []eventTarget{userFromPath}},
	"deactivateUser":              {"user.lifecycle.deactivate", "Deactivate Okta user", []eventTarget{userFromPath}},
	"suspendUser":                 {"user.lifecycle.suspend", "Suspend Okta user", []eventTarget{userFromPath}},
	"unsuspendUser":               {"user.lifecycle.unsuspend", "Unsuspend Okta user", []eventTarget{userFromPath}},
	"unlockUser":                  {"user.account.unlock", "Unlock user account", []eventTarget{userFromPath}},
	"deleteUser":                  {"user.lifecycle.delete.initiated", "Delete Okta user", []eventTarget{userFromPath}},
	"updateUser":                  {"user.account.update_profile", "Update user profile for Okta", []eventTarget{userFromPath}},
	"replaceUser":                 {"user.account.update_profile", "Update user profile for Okta", []eventTarget{userFromPath}},
	"revokeUserSessions":          {"user.session.clear", "Clear user session", []eventTarget{userFromPath}},
	"createGroup":                 {"group.lifecycle.create", "Create Okta group", []eventTarget{{"UserGroup", -1}}},
	"deleteGroup":                 {"group.lifecycle.delete", "Delete Okta group", []eventTarget{groupFromPath}},
	"assignUserToGroup":           {"group.user_membership.add", "Add user to group membership", []eventTarget{{"User", 5}, groupFromPath}},
	"unassignUserFromGroup":       {"group.user_membership.remove", "Remove user from group membership", []eventTarget{{"User", 5}, groupFromPath}},
	"createApplication":           {"application.lifecycle.create", "Create application", []eventTarget{{"AppInstance", -1}}},
	"activateApplication":         {"application.lifecycle.activate", "Activate application", []eventTarget{appFromPath}},
	"deactivateApplication":       {"application.lifecycle.deactivate", "Deactivate application", []eventTarget{appFromPath}},
	"deleteApplication":           {"application.lifecycle.delete", "Delete application", []eventTarget{appFromPath}},
	"assignUserToApplication":     {"application.user_membership.add", "Add user to application membership", []eventTarget{{"AppUser", -1}, appFromPath}},
	"unassignUserFromApplication": {"application.user_membership.remove", "Remove user from application membership", []eventTarget{{"User", 5}, appFromPath}},
	"assignRoleToUser":            {"user.account.privilege.grant", "Grant user privilege", []eventTarget{userFromPath}},
	"unassignRoleFromUser":        {"user.account.privilege.revoke", "Revoke user privilege", []eventTarget{userFromPath}},
	"assignRoleToGroup":           {"group.privilege.grant", "Grant group privilege", []eventTarget{groupFromPath}},
	"unassignRoleFromGroup":       {"group.privilege.revoke", "Revoke group privilege", []eventTarget{groupFromPath}},
	"activateFactor":              {"user.mfa.factor.activate", "Activate factor or authenticator", []eventTarget{userFromPath}},
	"unenrollFactor":              {"user.mfa.factor.deactivate", "Reset factor or authenticator", []eventTarget{userFromPath}},
	"resetFactors":                {"user.mfa.factor.reset_all", "Reset all factors for user", []eventTarget{userFromPath}},
	"generateResetPasswordToken":  {"user.account.reset_password", "Reset password for Okta user", []eventTarget{userFromPath}},
	"createPolicy":                {"policy.lifecycle.create", "Create policy", []eventTarget{{"Policy", -1}}},
	"deletePolicy":                {"policy.lifecycle.delete", "Delete policy", []eventTarget{{"Policy", 3}}},
}

// afterWrite follows a successful operation: a DELETE removes what the generic store keeps below the resource,
// and operations Okta logs record an event. Callers hold s.mu.
func (s *Server) afterWrite(c *call, op *operation, status int, out any) {
	if status >= 300 {
		return
	}
	segs := s.canonical(splitPath(c.r.URL.EscapedPath()))
	if op.method == http.MethodDelete {
		if _, handWritten := routes[op.id]; handWritten {
			s.store.purge(join(segs))
		}
	}
	switch op.id {
	case "createUser", "updateUser", "replaceUser", "activateUser", "reactivateUser":
		id := answerID(out)
		if id == "" && len(segs) > 3 {
			id = segs[3]
		}
		if u := s.usersByID[id]; u != nil {
			defer s.applyGroupRules(c, u)
		}
	}
	spec, ok := events[op.id]
	if !ok {
		return
	}
	var targets []any
	for _, t := range spec.targets {
		id := ""
		if t.seg >= 0 && t.seg < len(segs) {
			id = segs[t.seg]
		} else if t.seg < 0 {
			id = answerID(out)
		}
		if id == "" {
			continue
		}
		targets = append(targets, s.eventTarget(t.typ, id))
	}
	s.logEvent(c, spec.typ, spec.message, targets)
}

// answerID reads the id of an answer.
func answerID(out any) string {
	switch v := out.(type) {
	case map[string]any:
		return str(v, "id")
	case userJSON:
		return v.ID
	case groupJSON:
		return v.ID
	}
	return ""
}

// eventTarget describes a resource as the target of an event.
func (s *Server) eventTarget(typ, id string) map[string]any {
	t := map[string]any{"id": id, "type": typ, "alternateId": "unknown", "displayName": "unknown", "detailEntry": nil}
	switch typ {
	case "User", "AppUser":
		if u := s.findUser(id); u != nil {
			t["id"], t["alternateId"] = u.id, u.login()
			t["displayName"] = strings.TrimSpace(str(u.profile, "firstName") + " " + str(u.profile, "lastName"))
		}
	case "UserGroup":
		if g := s.groupsByID[id]; g != nil {
			t["displayName"], t["alternateId"] = g.name(), "unknown"
		}
	case "AppInstance":
		if a := s.appsByID[id]; a != nil {
			t["displayName"], t["alternateId"] = str(a.body, "label"), str(a.body, "label")
		}
	}
	return t
}

// logEvent records a System Log event made by the request's caller.
func (s *Server) logEvent(c *call, typ, message string, targets []any) {
	if targets == nil {
		targets = []any{}
	}
	uuid := s.ids.random(8) + "-" + s.ids.random(4) + "-11f0-" + s.ids.random(4) + "-" + s.ids.random(12)
	s.events = append(s.events, map[string]any{
		"uuid":            uuid,
		"published":       oktaTime(c.now),
		"eventType":       typ,
		"legacyEventType": nil,
		"version":         "0",
		"severity":        "INFO",
		"displayMessage":  message,
		"actor": map[string]any{"id": "00u" + s.orgID[3:], "type": "User", "alternateId": "admin@oktatest.example",
			"displayName": "oktatest admin", "detailEntry": nil},
		"client": map[string]any{"userAgent": map[string]any{"rawUserAgent": c.r.UserAgent()},
			"ipAddress": "127.0.0.1", "zone": "null", "device": "Unknown"},
		"outcome":     map[string]any{"result": "SUCCESS", "reason": nil},
		"target":      targets,
		"transaction": map[string]any{"type": "WEB", "id": c.w.Header().Get("X-Okta-Request-Id"), "detail": map[string]any{}},
		"debugContext": map[string]any{"debugData": map[string]any{
			"requestId": c.w.Header().Get("X-Okta-Request-Id"), "requestUri": c.r.URL.Path, "url": c.r.URL.RequestURI()}},
		"request":         map[string]any{"ipChain": []any{}},
		"securityContext": map[string]any{},
	})
}

func init() {
	hooks["listLogEvents"] = (*Server).listLogEvents
}

// listLogEvents answers GET /api/v1/logs: the events recorded, oldest first (sortOrder=DESCENDING for newest
// first), published at or after since (default: 7 days ago) and before until, that match filter (eventType,
// outcome.result, actor.id, target.id, ... with eq, sw, co and friends) and whose text contains every word of q.
func (s *Server) listLogEvents(c *call, _ []string) (int, any, *apiError) {
	since := c.now.Add(-7 * 24 * time.Hour)
	if v := c.query("since"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return 0, nil, errValidation("since", "since: The since parameter is not a valid date.")
		}
		since = t
	}
	until := time.Time{}
	if v := c.query("until"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return 0, nil, errValidation("until", "until: The until parameter is not a valid date.")
		}
		until = t
	}
	var e expr
	if f := c.query("filter"); f != "" {
		var err error
		if e, err = parseExpr(f, rules{}); err != nil {
			return 0, nil, errSearch(err.Error())
		}
	}
	words := strings.Fields(strings.ToLower(c.query("q")))
	var items []*genItem
	for i, ev := range s.events {
		pub := time.Time(ev["published"].(oktaTime))
		if pub.Before(since) || (!until.IsZero() && !pub.Before(until)) {
			continue
		}
		if e != nil && !matchesEvent(e, ev) {
			continue
		}
		if len(words) > 0 {
			text := strings.ToLower(jsonText(ev))
			if slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(text, w) }) {
				continue
			}
		}
		items = append(items, &genItem{id: strconv.Itoa(i + 1), seq: uint64(i + 1), obj: ev})
	}
	if strings.EqualFold(c.query("sortOrder"), "DESCENDING") {
		slices.Reverse(items)
	}
	page, err := paginate(s, c, items, listing[*genItem]{
		key:      func(it *genItem) (string, uint64) { return it.id, it.seq },
		defLimit: 100, maxLimit: 1000, sorted: true,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]any, 0, len(page))
	for _, it := range page {
		out = append(out, it.obj)
	}
	return http.StatusOK, out, nil
}

// matchesEvent evaluates a filter on an event. target.* attributes read one target at a time: the event matches
// when the filter holds for any of its targets.
func matchesEvent(e expr, ev map[string]any) bool {
	targets, _ := ev["target"].([]any)
	if len(targets) == 0 {
		targets = []any{nil}
	}
	base := objGetter(ev)
	for _, t := range targets {
		get := func(attr string) (any, bool) {
			if rest, ok := strings.CutPrefix(attr, "target."); ok {
				return objGetter(asObject(t))(rest)
			}
			return base(attr)
		}
		if e.eval(get) {
			return true
		}
	}
	return false
}
