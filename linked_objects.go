package okta

// LinkedObjectsService manages linked object definitions. Reach it as client.LinkedObjects.
type LinkedObjectsService service
